package org.fazhi.report.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import org.fazhi.report.json.JsonShapes.Scalar;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.introspect.AnnotatedMethod;
import tools.jackson.databind.introspect.AnnotatedParameter;
import tools.jackson.databind.introspect.NopAnnotationIntrospector;

/**
 * How {@link FazhiJackson3Module} reads the scalars of the model's types exactly as written,
 * whatever the application's mapper allows elsewhere: an annotation introspector, added after the
 * mapper's own, that gives each property, creator parameter and collection or optional element of a
 * model type a strict deserializer (see {@link JsonShapes.Scalar}) and refuses {@code null}. The
 * application's own types keep the mapper's settings; an explicit annotation on a model property
 * wins.
 */
final class StrictValues3 {
  private StrictValues3() {}

  /** Finds the strict deserializers and null handling for members of the model's types. */
  static final class Introspector extends NopAnnotationIntrospector {
    private static final long serialVersionUID = 1L;

    private static final JsonSetter.Value NULLS_FAIL =
        JsonSetter.Value.construct(Nulls.FAIL, Nulls.FAIL);

    @Override
    public Object findDeserializer(MapperConfig<?> config, Annotated a) {
      JavaType type = modelValueType(a);
      return type == null ? null : strict(type.getRawClass(), reportedType(a, type));
    }

    @Override
    public Object findContentDeserializer(MapperConfig<?> config, Annotated a) {
      JavaType type = modelValueType(a);
      if (type == null || type.getContentType() == null) {
        return null;
      }
      Class<?> content = type.getContentType().getRawClass();
      return strict(content, content);
    }

    @Override
    public JsonSetter.Value findSetterInfo(MapperConfig<?> config, Annotated a) {
      return modelValueType(a) == null ? null : NULLS_FAIL;
    }

    private static Deserializer strict(Class<?> type, Class<?> reported) {
      return Scalar.of(type).map(kind -> new Deserializer(kind, type, reported)).orElse(null);
    }

    /** The type a member of a model type reads, or null for any other member. */
    private static JavaType modelValueType(Annotated a) {
      if (!(a instanceof AnnotatedMember)
          || !ModuleFeatures.isModelType(((AnnotatedMember) a).getDeclaringClass())) {
        return null;
      }
      if (a instanceof AnnotatedMethod) {
        AnnotatedMethod method = (AnnotatedMethod) a;
        return method.getParameterCount() == 1 ? method.getParameterType(0) : null;
      }
      return a.getType();
    }

    /**
     * The type an error names: the model type for the one parameter of its delegating creator
     * ({@code Count.of(long)} reads a count), else the value's own.
     */
    private static Class<?> reportedType(Annotated a, JavaType type) {
      if (a instanceof AnnotatedParameter
          && ((AnnotatedParameter) a).getOwner().getParameterCount() == 1) {
        return ((AnnotatedParameter) a).getDeclaringClass();
      }
      return type.getRawClass();
    }
  }

  /** Reads one scalar kind from the one JSON spelling it has. */
  static final class Deserializer extends ValueDeserializer<Object> {
    private final Scalar kind;
    private final Class<?> type;
    private final Class<?> reported;

    Deserializer(Scalar kind, Class<?> type, Class<?> reported) {
      this.kind = kind;
      this.type = type;
      this.reported = reported;
    }

    @Override
    public Class<?> handledType() {
      return type;
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
      JsonToken token = p.currentToken();
      if (kind.isText() && token == JsonToken.VALUE_STRING) {
        String text = p.getString();
        try {
          return kind.fromText(text, type);
        } catch (IllegalArgumentException e) {
          throw ctxt.weirdStringException(
              text, reported, "expected " + JsonShapes.expected(reported));
        }
      }
      if (kind == Scalar.BOOLEAN
          && (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE)) {
        return token == JsonToken.VALUE_TRUE;
      }
      boolean number =
          kind == Scalar.DECIMAL
                  && (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT)
              || kind.isInteger() && token == JsonToken.VALUE_NUMBER_INT;
      if (number) {
        if (JsonShapes.isNegativeZero(
            p.getStringCharacters(), p.getStringOffset(), p.getStringLength())) {
          throw ctxt.weirdNumberException(
              p.getNumberValue(), reported, JsonShapes.negativeZero(p.getString()));
        }
        switch (kind) {
          case DECIMAL:
            return p.getDecimalValue();
          case INT:
            return p.getIntValue();
          case OPTIONAL_INT:
            return java.util.OptionalInt.of(p.getIntValue());
          default:
            if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
              throw mismatch(p);
            }
            return p.getLongValue();
        }
      }
      throw mismatch(p);
    }

    private MismatchedInputException mismatch(JsonParser p) {
      return StrictValues3.mismatch(p, reported);
    }
  }

  /** A {@code type} was expected where {@code p} stands on something else. */
  static MismatchedInputException mismatch(JsonParser p, Class<?> type) {
    return MismatchedInputException.from(
        p, type, "expected " + JsonShapes.expected(type) + ", found " + found(p));
  }

  /** The token {@code p} stands on, in words. */
  private static String found(JsonParser p) {
    JsonToken token = p.currentToken();
    if (token == null) {
      return "nothing";
    }
    switch (token) {
      case START_OBJECT:
      case PROPERTY_NAME:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "the string \"" + JsonShapes.abbreviate(p.getString()) + "\"";
      case VALUE_NUMBER_INT:
        return "the integer " + JsonShapes.abbreviate(p.getString());
      case VALUE_NUMBER_FLOAT:
        return "the decimal number " + JsonShapes.abbreviate(p.getString());
      case VALUE_NULL:
        return "null";
      default:
        return p.getString();
    }
  }

  /**
   * Wraps the deserializer of a model type that a JSON integer creates ({@link
   * org.fazhi.report.figure.Count}: {@code 35}), which Jackson would also create from a string of
   * digits ({@code "35"}) and from negative zero, read as zero.
   */
  static final class Modifier extends ValueDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public ValueDeserializer<?> modifyDeserializer(
        DeserializationConfig config,
        BeanDescription.Supplier description,
        ValueDeserializer<?> deserializer) {
      Class<?> type = description.getBeanClass();
      if (ModuleFeatures.isModelType(type) && deserializer instanceof ValueInstantiator.Gettable) {
        ValueInstantiator creators =
            ((ValueInstantiator.Gettable) deserializer).getValueInstantiator();
        if (creators != null
            && (creators.canCreateFromInt() || creators.canCreateFromLong())
            && !creators.canCreateFromString()) {
          return new FromIntegerOnly(deserializer, type);
        }
      }
      return deserializer;
    }
  }

  /** Reads a model type created from a JSON integer from nothing but an integer or its object. */
  static final class FromIntegerOnly extends DelegatingDeserializer {
    private final Class<?> type;

    FromIntegerOnly(ValueDeserializer<?> delegatee, Class<?> type) {
      super(delegatee);
      this.type = type;
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegatee) {
      return new FromIntegerOnly(delegatee, type);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_STRING) {
        throw mismatch(p, type);
      }
      if (token == JsonToken.VALUE_NUMBER_INT && JsonShapes.isNegativeZero(p.getString())) {
        throw ctxt.weirdNumberException(
            p.getNumberValue(), type, JsonShapes.negativeZero(p.getString()));
      }
      return super.deserialize(p, ctxt);
    }
  }
}
