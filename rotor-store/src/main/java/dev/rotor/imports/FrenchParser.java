package dev.rotor.imports;

import dev.rotor.imports.FrenchBlockReader.Block;
import dev.rotor.series.DateSeries;
import dev.rotor.series.SeriesKind;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads Kenneth R. French data-library CSVs ({@link FileFormat#FRENCH}): factor files ({@code
 * F-F_Research_Data_Factors}, 5 factors, momentum; monthly, annual or daily) and portfolio files
 * (industry portfolios, portfolios formed on size). The block layout is read by {@link
 * FrenchBlockReader}; this class decides what each block holds, its units and series names.
 *
 * <h2>Dates</h2>
 *
 * Monthly rows ({@code YYYYMM}) are dated the <b>last calendar day of the month</b> (not the last
 * trading day), annual rows ({@code YYYY}) <b>December 31</b>, daily rows their own date. The
 * frequency of every series comes from its block's date style.
 *
 * <h2>Blocks, kinds and units</h2>
 *
 * A block's title (the text line right above its header) names its content:
 *
 * <table>
 *   <caption>block key, kind and units by title</caption>
 *   <tr><th>title contains</th><th>key</th><th>kind</th><th>units</th></tr>
 *   <tr><td>(no title, first block of a factor file)</td><td>none: plain column</td>
 *       <td>FACTOR</td><td>decimal return</td></tr>
 *   <tr><td>"Factors" or "Returns", no weighting</td><td>{@code annual}/{@code monthly}/{@code
 *       daily}</td><td>FACTOR</td><td>decimal return</td></tr>
 *   <tr><td>"Value Weight(ed) Returns"</td><td>{@code vw_monthly}, {@code vw_annual}, {@code
 *       vw_daily}</td><td>RETURNS</td><td>decimal return</td></tr>
 *   <tr><td>"Equal Weight(ed) Returns"</td><td>{@code ew_monthly}, ...</td><td>RETURNS</td>
 *       <td>decimal return</td></tr>
 *   <tr><td>"Number of Firms"</td><td>{@code firms}</td><td>FUNDAMENTAL</td><td>count</td></tr>
 *   <tr><td>"Average Firm Size" / "Average Market Cap"</td><td>{@code size}</td>
 *       <td>FUNDAMENTAL</td><td>USD millions</td></tr>
 *   <tr><td>"Sum of BE / Sum of ME"</td><td>{@code be_me_sum}</td><td>FUNDAMENTAL</td>
 *       <td>ratio</td></tr>
 *   <tr><td>"Value-Weighted Average of BE/ME"</td><td>{@code be_me_vw}</td><td>FUNDAMENTAL</td>
 *       <td>ratio</td></tr>
 * </table>
 *
 * Return blocks are published in percent and are divided by 100 (decimal returns); the other blocks
 * keep the published numbers. The period part of a return key comes from the date style.
 *
 * <p>The first block of a French file is never titled in factor files and is value-weighted monthly
 * returns in portfolio files. So an untitled first block (or one whose "title" is an unrecognised
 * preamble line) is read as value-weighted returns when the file has other value/equal-weighted
 * blocks (e.g. {@code Portfolios_Formed_on_ME.CSV}, whose first title was stripped), with a note,
 * and as the plain factor block otherwise. A later block that is untitled or has an unrecognised
 * title is skipped with a note.
 *
 * <h2>Series naming</h2>
 *
 * The column suffix of each series is {@code key.Column}, or just {@code Column} for the plain
 * factor block, where {@code Column} is the header label trimmed with inner whitespace runs
 * replaced by {@code _}: {@code SMB}, {@code annual.SMB}, {@code vw_monthly.Food}, {@code
 * ew_annual.Lo_30}, {@code firms.<=_0}, {@code be_me_vw.Food}. Two blocks with the same key are an
 * error. A column that is missing ({@code -99.99}/{@code -999}) on every row yields no series and a
 * note.
 */
final class FrenchParser implements FormatParser {

  /** What a block holds. */
  enum Content {
    FACTOR_RETURNS("", SeriesKind.FACTOR, "decimal return", true, "factor return"),
    VW_RETURNS("vw_", SeriesKind.RETURNS, "decimal return", true, "value-weighted return"),
    EW_RETURNS("ew_", SeriesKind.RETURNS, "decimal return", true, "equal-weighted return"),
    FIRMS("firms", SeriesKind.FUNDAMENTAL, "count", false, "number of firms"),
    SIZE("size", SeriesKind.FUNDAMENTAL, "USD millions", false, "average firm size"),
    BE_ME_SUM("be_me_sum", SeriesKind.FUNDAMENTAL, "ratio", false, "sum of BE / sum of ME"),
    BE_ME_VW("be_me_vw", SeriesKind.FUNDAMENTAL, "ratio", false, "value-weighted average BE/ME");

    private final String key;
    private final SeriesKind kind;
    private final String units;
    private final boolean percent;
    private final String description;

    Content(String key, SeriesKind kind, String units, boolean percent, String description) {
      this.key = key;
      this.kind = kind;
      this.units = units;
      this.percent = percent;
      this.description = description;
    }

    boolean isReturn() {
      return percent;
    }
  }

  @Override
  public FileFormat format() {
    return FileFormat.FRENCH;
  }

  @Override
  public ParsedFile parse(Path file, ImportOptions options) throws ImportException {
    FrenchBlockReader.Contents contents;
    try (CsvReader r = CsvReader.open(file)) {
      contents = FrenchBlockReader.read(r);
    }
    List<Block> blocks = contents.blocks();
    String stem = FileNames.stem(file);
    SeriesKind forced = options == null ? null : options.kind();
    List<String> notes = new ArrayList<>();
    boolean portfolioFile = false;
    for (Block b : blocks) {
      Content c = classify(b.title());
      portfolioFile |= c == Content.VW_RETURNS || c == Content.EW_RETURNS;
    }
    List<ParsedSeries> out = new ArrayList<>();
    Map<String, Long> keys = new HashMap<>();
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      Content content = classify(b.title());
      String where = "block at line " + b.headerLine();
      if (content == null && i == 0) {
        content = portfolioFile ? Content.VW_RETURNS : Content.FACTOR_RETURNS;
        if (b.title() != null && !portfolioFile) {
          notes.add(where + ": the text above it is read as preamble, not as a block title");
        }
        if (portfolioFile) {
          notes.add(
              where
                  + " has no recognised title: read as value-weighted returns, the first block of"
                  + " every French portfolio file");
        }
      }
      if (content == null) {
        notes.add(
            where
                + (b.title() == null
                    ? " has no title"
                    : " has unrecognised title '" + b.title() + "'")
                + ": skipped");
        continue;
      }
      String key = key(content, b, i == 0);
      Long clash = keys.putIfAbsent(key, b.headerLine());
      if (clash != null) {
        throw new ImportException(
            file,
            b.headerLine(),
            null,
            "block holds '" + key + "' series again (first at line " + clash + ")");
      }
      addSeries(file, stem, b, content, key, forced, out, notes);
    }
    if (out.isEmpty()) {
      throw new ImportException(file, 0, null, "no series: every column is missing throughout");
    }
    if (!contents.footer()) {
      notes.add("no 'Copyright' footer line: the file may be truncated");
    }
    return ParsedFile.ofSeries(FileFormat.FRENCH, out, notes);
  }

  /** The content a title names, or null when there is no title or it is not recognised. */
  static Content classify(String title) {
    if (title == null) {
      return null;
    }
    String t = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9/]", "");
    if (t.contains("numberoffirms")) {
      return Content.FIRMS;
    } else if (t.contains("averagefirmsize") || t.contains("averagemarketcap")) {
      return Content.SIZE;
    } else if (t.contains("sumofbe/sumofme")) {
      return Content.BE_ME_SUM;
    } else if (t.contains("averageofbe/me") && t.contains("valueweight")) {
      return Content.BE_ME_VW;
    } else if (t.contains("return") || t.contains("factor")) {
      if (t.contains("valueweight")) {
        return Content.VW_RETURNS;
      } else if (t.contains("equalweight")) {
        return Content.EW_RETURNS;
      }
      return Content.FACTOR_RETURNS;
    }
    return null;
  }

  private static String key(Content content, Block b, boolean first) {
    if (!content.isReturn()) {
      return content.key;
    }
    if (content == Content.FACTOR_RETURNS && first && classify(b.title()) == null) {
      return "";
    }
    return content.key + b.style().frequency().label();
  }

  private static void addSeries(
      Path file,
      String stem,
      Block b,
      Content content,
      String key,
      SeriesKind forced,
      List<ParsedSeries> out,
      List<String> notes)
      throws ImportException {
    LocalDate[] dates = b.dates();
    for (int j = 0; j < b.columns().size(); j++) {
      double[] raw = b.values()[j];
      int n = 0;
      for (double v : raw) {
        n += Double.isNaN(v) ? 0 : 1;
      }
      String column = key.isEmpty() ? b.columns().get(j) : key + "." + b.columns().get(j);
      if (n == 0) {
        notes.add(
            "column '"
                + b.labels().get(j)
                + "' of the block at line "
                + b.headerLine()
                + " is missing (-99.99/-999) on every row: no series "
                + column);
        continue;
      }
      LocalDate[] d = new LocalDate[n];
      double[] v = new double[n];
      int k = 0;
      for (int i = 0; i < raw.length; i++) {
        if (!Double.isNaN(raw[i])) {
          d[k] = dates[i];
          v[k] = content.isReturn() ? fromPercent(raw[i]) : raw[i];
          k++;
        }
      }
      String name =
          b.labels().get(j)
              + " ("
              + stem
              + ", "
              + (content == Content.FACTOR_RETURNS ? "" : content.description + ", ")
              + b.style().frequency().label()
              + ")";
      try {
        out.add(
            ParsedSeries.ofValues(
                column,
                name,
                forced != null ? forced : content.kind,
                b.style().frequency(),
                content.units,
                DateSeries.of(d, v)));
      } catch (IllegalArgumentException e) {
        throw new ImportException(file, b.headerLine(), b.labels().get(j), e.getMessage());
      }
    }
  }

  /**
   * {@code percent / 100} as the double nearest to the decimal the file states ({@code -1.17} gives
   * exactly the double of {@code -0.0117}, where a floating division would give {@code
   * -0.011699999999999999}).
   */
  static double fromPercent(double percent) {
    return BigDecimal.valueOf(percent).movePointLeft(2).doubleValue();
  }
}
