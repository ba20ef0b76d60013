package dk.mooc.bench.reference;

import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;

/**
 * The two reads the benchmark compares the services with, written the way the Quarkus guides write them: the entity
 * itself as JSON, a blocking endpoint, no security.
 */
@Path("/items")
@Produces(MediaType.APPLICATION_JSON)
public class ItemResource {

    static final int PAGE_SIZE = 20;

    @GET
    @Path("/{id}")
    public Item get(@PathParam("id") UUID id) {
        Item item = Item.findById(id);
        if (item == null) {
            throw new NotFoundException();
        }
        return item;
    }

    /** A page of 20, newest first, with the total as the services' pages have it. */
    @GET
    public Page list(@QueryParam("page") @DefaultValue("0") int page) {
        var query = Item.<Item>findAll(Sort.descending("updatedAt", "id")).page(Math.max(page, 0), PAGE_SIZE);
        return new Page(query.list(), page, PAGE_SIZE, query.count());
    }

    public record Page(List<Item> items, int page, int size, long total) {
    }
}
