package dev.rotor.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;

/**
 * JSON output with stable snake_case field names (documented in {@code docs/cli.md}). DTO records
 * carry dates as ISO strings.
 */
final class Json {

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .registerModule(
              new com.fasterxml.jackson.databind.module.SimpleModule()
                  .addSerializer(
                      java.time.LocalDate.class,
                      com.fasterxml.jackson.databind.ser.std.ToStringSerializer.instance)
                  .addSerializer(
                      java.time.YearMonth.class,
                      com.fasterxml.jackson.databind.ser.std.ToStringSerializer.instance)
                  .addSerializer(
                      dev.rotor.series.SeriesId.class,
                      com.fasterxml.jackson.databind.ser.std.ToStringSerializer.instance));

  private Json() {}

  static void write(PrintWriter out, Object value) {
    try {
      out.println(MAPPER.writeValueAsString(value));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  /** A JSON number, or null for NaN. */
  static Double number(double v) {
    return Double.isNaN(v) ? null : v;
  }
}
