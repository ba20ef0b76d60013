package dk.mooc.proposal.rest;

import dk.mooc.platform.problem.InvalidParameterException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Whole-number query parameters ({@code page}, {@code size}, {@code from}, {@code to}) that cannot be read are the
 * client's mistake: {@code 400 validation} naming the parameter (docs/problems.md). Without this the REST layer
 * answers 404, as if the list did not exist; the platform's converters cover enums, ids and dates only.
 */
@Provider
public class NumberQueryParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != Integer.class && rawType != int.class) {
            return null;
        }
        String name = null;
        for (Annotation a : annotations == null ? new Annotation[0] : annotations) {
            if (a instanceof QueryParam q) {
                name = q.value();
            }
        }
        if (name == null) {
            return null;
        }
        String parameter = name;
        return (ParamConverter<T>) new ParamConverter<Integer>() {
            @Override
            public Integer fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return Integer.valueOf(value.strip());
                } catch (NumberFormatException e) {
                    String shown = value.length() <= 40 ? value : value.substring(0, 40) + "…";
                    throw new InvalidParameterException(parameter, "must be a whole number (was \"" + shown + "\")");
                }
            }

            @Override
            public String toString(Integer value) {
                return value == null ? null : value.toString();
            }
        };
    }
}
