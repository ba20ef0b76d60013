package dk.mooc.platform.web;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.info.License;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.tags.Tag;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What every service's OpenAPI document has in common, so that the four read as one platform and a client can be
 * generated from each without hacks (registered with {@code mp.openapi.filter}; it runs when the document is built):
 * <ul>
 *   <li>the error answers and the one {@code Problem} schema ({@link ProblemResponsesFilter});</li>
 *   <li>an {@code openIdConnect} security scheme pointing at the realm's discovery document, beside the
 *   {@code bearer} scheme, and every operation that requires {@code bearer} accepting either;</li>
 *   <li>a license with an SPDX identifier ({@code mooc.openapi.license-identifier});</li>
 *   <li>the service's address through the gateway as its server ({@code mooc.openapi.server-url});</li>
 *   <li>every tag an operation names listed at the top, so that tools group operations in a defined order.</li>
 * </ul>
 */
public class ApiDocumentFilter implements OASFilter {

    /** The name of the openIdConnect scheme in {@code components.securitySchemes}. */
    public static final String OPENID_CONNECT = "openIdConnect";
    /** The scheme Quarkus derives from {@code quarkus.smallrye-openapi.security-scheme-name}. */
    static final String BEARER = "bearer";

    static final String DEFAULT_REALM = "http://localhost:8180/realms/mooc";
    static final String DEFAULT_LICENSE_IDENTIFIER = "LicenseRef-Proprietary";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        new ProblemResponsesFilter().filterOpenAPI(openAPI);
        license(openAPI);
        servers(openAPI);
        openIdConnect(openAPI);
        tags(openAPI);
    }

    private static void license(OpenAPI openAPI) {
        if (openAPI.getInfo() == null) {
            openAPI.setInfo(OASFactory.createInfo());
        }
        License license = openAPI.getInfo().getLicense();
        if (license == null) {
            license = OASFactory.createLicense().name("Proprietary");
            openAPI.getInfo().setLicense(license);
        }
        if (license.getIdentifier() == null && license.getUrl() == null) {
            // OpenAPI 3.1: identifier and url exclude each other
            license.setIdentifier(config("mooc.openapi.license-identifier").orElse(DEFAULT_LICENSE_IDENTIFIER));
        }
    }

    /** The service's address through the gateway ({@code mooc.openapi.server-url}, e.g. /api/proposal). */
    private static void servers(OpenAPI openAPI) {
        config("mooc.openapi.server-url").ifPresent(url -> openAPI.setServers(List.of(OASFactory.createServer().url(url)
                .description("The platform's gateway, on the host that serves this document"))));
    }

    private static void openIdConnect(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        String realm = config("mooc.openapi.oidc-url").orElse(DEFAULT_REALM).replaceAll("/+$", "");
        openAPI.getComponents().addSecurityScheme(OPENID_CONNECT, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.OPENIDCONNECT)
                .openIdConnectUrl(realm + "/.well-known/openid-configuration")
                .description("The platform's Keycloak realm \"mooc\": its discovery document names the authorization "
                        + "and token endpoints. Access tokens must have the audience mooc-api; the realm roles an "
                        + "operation allows are listed on its bearer requirement and in its description."));
        if (openAPI.getSecurity() != null) {
            openAPI.setSecurity(eitherScheme(openAPI.getSecurity()));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation op : item.getOperations().values()) {
                if (op.getSecurity() != null) {
                    op.setSecurity(eitherScheme(op.getSecurity()));
                }
            }
        }
    }

    /**
     * Each bearer requirement followed by the same requirement met with an openIdConnect token: either will do. The
     * openIdConnect one lists no scopes, because the roles are realm roles in the token, not OAuth scopes to request.
     */
    static List<SecurityRequirement> eitherScheme(List<SecurityRequirement> requirements) {
        if (requirements.stream().anyMatch(r -> r.hasScheme(OPENID_CONNECT))) {
            return requirements;
        }
        List<SecurityRequirement> result = new ArrayList<>();
        for (SecurityRequirement r : requirements) {
            result.add(r);
            if (r.getSchemes() != null && r.getSchemes().size() == 1 && r.hasScheme(BEARER)) {
                result.add(OASFactory.createSecurityRequirement().addScheme(OPENID_CONNECT, List.of()));
            }
        }
        return result;
    }

    private static void tags(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Set<String> listed = new LinkedHashSet<>();
        if (openAPI.getTags() != null) {
            openAPI.getTags().forEach(t -> listed.add(t.getName()));
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation op : item.getOperations().values()) {
                if (op.getTags() == null) {
                    continue;
                }
                for (String name : op.getTags()) {
                    if (listed.add(name)) {
                        Tag tag = OASFactory.createTag().name(name);
                        openAPI.addTag(tag);
                    }
                }
            }
        }
    }

    private static Optional<String> config(String key) {
        try {
            Config config = ConfigProvider.getConfig();
            return config.getOptionalValue(key, String.class).filter(v -> !v.isBlank());
        } catch (RuntimeException noConfigHere) {
            return Optional.empty();
        }
    }
}
