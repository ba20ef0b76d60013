package dk.mooc.platform.web;

import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Providers;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which media types each operation of the service reads as its body, found by HTTP method and request path.
 * Built once from the resource classes' {@code @Path}, HTTP method and {@code @Consumes} annotations.
 * <p>
 * Quarkus REST refuses a Content-Type that no {@code @Consumes} matches while it routes the request, before the
 * resource method is chosen, so the 415 mapper cannot ask which method it was; it asks this index instead. Path
 * templates are matched the JAX-RS way: the templates with the most literal characters, then the most variables,
 * win, and when several methods share the winning template (one for CSV, one for JSON) their types are merged.
 */
public final class AcceptedMediaTypes {

    /** What a request's operation accepts; {@code takesBody} is false for actions without an entity parameter. */
    public record Accepted(List<String> types, boolean takesBody) {

        /** Whether any body type would do (e.g. attachments, whose type the service itself checks). */
        public boolean anyType() {
            return types.stream().anyMatch(t -> t.equals(MediaType.WILDCARD));
        }
    }

    record Operation(String httpMethod, String template, Pattern pattern, int literals, int variables,
                     List<String> consumes, boolean takesBody) {
    }

    /** Types that Quarkus REST injects as context even without {@code @Context}: never the body. */
    private static final Set<Class<?>> CONTEXT_TYPES = Set.of(UriInfo.class, HttpHeaders.class, Request.class,
            SecurityContext.class, Providers.class, Application.class, Configuration.class, ResourceInfo.class,
            ResourceContext.class, ContainerRequestContext.class, AsyncResponse.class, Sse.class, SseEventSink.class);

    private static volatile AcceptedMediaTypes current;

    private final List<Operation> operations;

    private AcceptedMediaTypes(List<Operation> operations) {
        this.operations = operations;
    }

    /** The index of this service's resource classes (the CDI beans with {@code @Path}), built on first use. */
    public static AcceptedMediaTypes current() {
        AcceptedMediaTypes index = current;
        if (index == null) {
            List<Class<?>> resources = new ArrayList<>();
            for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
                if (bean.getBeanClass().isAnnotationPresent(Path.class)) {
                    resources.add(bean.getBeanClass());
                }
            }
            index = of(resources);
            current = index;
        }
        return index;
    }

    public static AcceptedMediaTypes of(Collection<Class<?>> resourceClasses) {
        List<Operation> operations = new ArrayList<>();
        for (Class<?> resource : resourceClasses) {
            Path classPath = resource.getAnnotation(Path.class);
            Consumes classConsumes = resource.getAnnotation(Consumes.class);
            // by name, so that the types of methods sharing a path are always listed in the same order
            Method[] methods = resource.getMethods();
            Arrays.sort(methods, Comparator.comparing(Method::getName));
            for (Method m : methods) {
                String httpMethod = httpMethodOf(m);
                if (httpMethod == null) {
                    continue;   // not an operation (sub-resource locators are not used here)
                }
                Path methodPath = m.getAnnotation(Path.class);
                String template = join(classPath == null ? "" : classPath.value(),
                        methodPath == null ? "" : methodPath.value());
                Consumes consumes = m.isAnnotationPresent(Consumes.class) ? m.getAnnotation(Consumes.class) : classConsumes;
                operations.add(operation(httpMethod, template, typesOf(consumes), takesBody(m)));
            }
        }
        return new AcceptedMediaTypes(List.copyOf(operations));
    }

    /** The operation(s) at this method and path (relative to the application, as UriInfo.getPath gives it). */
    public Optional<Accepted> find(String httpMethod, String path) {
        String normalized = normalize(path);
        List<Operation> matching = operations.stream()
                .filter(o -> o.httpMethod().equalsIgnoreCase(httpMethod) && o.pattern().matcher(normalized).matches())
                .toList();
        if (matching.isEmpty()) {
            return Optional.empty();
        }
        Comparator<Operation> precedence = Comparator.comparingInt(Operation::literals).thenComparingInt(Operation::variables);
        Operation best = matching.stream().max(precedence).orElseThrow();
        Set<String> types = new LinkedHashSet<>();
        boolean takesBody = false;
        for (Operation o : matching) {
            if (precedence.compare(o, best) == 0) {
                types.addAll(o.consumes());
                takesBody |= o.takesBody();
            }
        }
        return Optional.of(new Accepted(List.copyOf(types), takesBody));
    }

    static Operation operation(String httpMethod, String template, List<String> consumes, boolean takesBody) {
        StringBuilder regex = new StringBuilder();
        int literals = 0;
        int variables = 0;
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{') {
                int depth = 1;
                int j = i + 1;
                while (j < template.length() && depth > 0) {
                    if (template.charAt(j) == '{') {
                        depth++;
                    } else if (template.charAt(j) == '}') {
                        depth--;
                    }
                    j++;
                }
                String variable = template.substring(i + 1, j - 1);
                int colon = variable.indexOf(':');
                regex.append('(').append(colon < 0 ? "[^/]+" : variable.substring(colon + 1).trim()).append(')');
                variables++;
                i = j;
            } else {
                int j = template.indexOf('{', i);
                String literal = template.substring(i, j < 0 ? template.length() : j);
                regex.append(Pattern.quote(literal));
                literals += literal.length();
                i = j < 0 ? template.length() : j;
            }
        }
        return new Operation(httpMethod.toUpperCase(Locale.ROOT), template, Pattern.compile(regex.toString()),
                literals, variables, consumes, takesBody);
    }

    private static String httpMethodOf(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod designator = a.annotationType().getAnnotation(HttpMethod.class);
            if (designator != null) {
                return designator.value();
            }
        }
        return null;
    }

    /** JAX-RS: without {@code @Consumes} an operation reads any type. One value may list several, comma-separated. */
    private static List<String> typesOf(Consumes consumes) {
        if (consumes == null) {
            return List.of(MediaType.WILDCARD);
        }
        Set<String> types = new LinkedHashSet<>();
        for (String value : consumes.value()) {
            for (String type : value.split(",")) {
                if (!type.isBlank()) {
                    types.add(type.trim());
                }
            }
        }
        return List.copyOf(types);
    }

    /** The entity parameter is the one without a JAX-RS (or Quarkus REST) annotation that is not a context type. */
    private static boolean takesBody(Method m) {
        for (Parameter p : m.getParameters()) {
            boolean annotated = false;
            for (Annotation a : p.getAnnotations()) {
                String pkg = a.annotationType().getPackageName();
                if (pkg.startsWith("jakarta.ws.rs") || pkg.startsWith("org.jboss.resteasy.reactive")) {
                    annotated = true;
                }
            }
            String typePackage = p.getType().getPackageName();
            boolean context = CONTEXT_TYPES.contains(p.getType()) || typePackage.startsWith("org.jboss.resteasy.reactive")
                    || typePackage.startsWith("io.vertx");
            if (!annotated && !context) {
                return true;
            }
        }
        return false;
    }

    private static String join(String classPath, String methodPath) {
        return normalize(classPath + "/" + methodPath);
    }

    private static String normalize(String path) {
        String p = ("/" + (path == null ? "" : path)).replaceAll("/{2,}", "/");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
