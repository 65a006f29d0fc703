package dev.rotor.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rotor.series.BarField;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OhlcvHeaderTest {

  @TempDir Path tmp;

  private OhlcvHeader read(String headerLine) throws IOException, ImportException {
    Path f = tmp.resolve("h.csv");
    Files.write(f, (headerLine + "\n").getBytes(StandardCharsets.UTF_8));
    try (ByteCsvReader r = ByteCsvReader.open(f)) {
      r.next();
      return OhlcvHeader.read(r);
    }
  }

  @Test
  void read_yahooHeader_findsEveryFieldInBarFieldOrder() throws Exception {
    OhlcvHeader h = read("Date,Open,High,Low,Close,Adj Close,Volume");
    assertThat(h.width).isEqualTo(7);
    assertThat(h.dateCol).isZero();
    assertThat(h.tickerCol).isEqualTo(-1);
    assertThat(h.fields)
        .containsExactly(
            BarField.OPEN,
            BarField.HIGH,
            BarField.LOW,
            BarField.CLOSE,
            BarField.ADJ_CLOSE,
            BarField.VOLUME);
    assertThat(h.ignored).isEmpty();
  }

  @Test
  void layout_reorderedLongHeader_mapsFieldsToTheirColumns() throws Exception {
    OhlcvHeader h = read("close, SYMBOL ,wap,timestamp,open,");
    assertThat(h.fields).containsExactly(BarField.OPEN, BarField.CLOSE);
    assertThat(h.ignored).containsExactly("wap", "(unnamed column 6)");
    BarChunk.Layout layout = h.layout();
    assertThat(layout.width()).isEqualTo(6);
    assertThat(layout.dateCol()).isEqualTo(3);
    assertThat(layout.dateName()).isEqualTo("timestamp");
    assertThat(layout.cols()).containsExactly(4, 0);
    assertThat(layout.names()).containsExactly("open", "close");
    assertThat(layout.closeSlot()).isEqualTo(1);
    assertThat(layout.isLong()).isTrue();
    assertThat(layout.tickerCol()).isEqualTo(1);
    assertThat(layout.tickerName()).isEqualTo("SYMBOL");
  }

  @Test
  void layout_closeOnly_isNotLongAndHasNoTickerName() throws Exception {
    BarChunk.Layout layout = read("Date,Close").layout();
    assertThat(layout.isLong()).isFalse();
    assertThat(layout.tickerName()).isNull();
    assertThat(layout.closeSlot()).isZero();
  }

  @ParameterizedTest
  @CsvSource(
      delimiterString = "|",
      value = {
        "Date,Close,date|a second date column (first is 'Date')",
        "Date,Ticker,Close,symbol|a second ticker column (first is 'Ticker')",
        "Date,Close,Adj_Close,adj close|column adj_close appears twice",
        "Close,Open|no date column (expected a header named date or timestamp)",
        "Date,Open|no close column (expected a header named close)"
      })
  void read_badHeader_throwsImportExceptionAtLineOne(String header, String problem) {
    assertThatThrownBy(() -> read(header))
        .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.line()).isEqualTo(1))
        .hasMessageContaining(problem);
  }
}
