package dev.rotor.report.build;

import dev.rotor.concentration.BasketContribution;
import dev.rotor.concentration.Concentration;
import dev.rotor.concentration.ContributionResult;
import dev.rotor.concentration.Contributions;
import dev.rotor.episodes.Episode;
import dev.rotor.episodes.EpisodeDirection;
import dev.rotor.report.RrgChart;
import dev.rotor.report.Section;
import dev.rotor.report.Source;
import dev.rotor.rotation.RotationGraph;
import dev.rotor.rotation.RrgAsset;
import dev.rotor.rotation.RrgParameters;
import dev.rotor.rotation.RrgPoint;
import dev.rotor.series.DateSeries;
import dev.rotor.series.SeriesId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rotation: what led before (the previous episode, mega-cap concentration in the previous
 * calendar year) and what changed (relative rotation of size segments and sectors).
 */
final class RotationSection {
  private RotationSection() {}

  /** Tail length of the rotation graph, in weeks. */
  static final int TAIL_WEEKS = 8;

  static Section build(Context ctx) {
    SectionWriter w = new SectionWriter("rotation", "The rotation");
    ctx.timed("  rotation/episodes", () -> previousEpisode(ctx, w));
    try {
      ctx.timed("  rotation/concentration", () -> concentration(ctx, w));
    } catch (RuntimeException e) {
      w.fact(
          "concentration_unavailable",
          "Mega-cap concentration could not be computed: " + e.getMessage() + ".",
          ctx.source(ctx.universe().large(), null, ctx.asOf()));
    }
    w.paragraph();
    ctx.timed("  rotation/rrg", () -> rrg(ctx, w));
    return w.build();
  }

  private static void previousEpisode(Context ctx, SectionWriter w) {
    Universe u = ctx.universe();
    Optional<Episode> prev = EpisodeFacts.previous(ctx);
    if (prev.isEmpty()) {
      w.fact(
          "no_previous",
          "The relative line has no completed leadership episode before the current one.",
          ctx.source(u.small(), EpisodeFacts.line(ctx).firstDate(), ctx.asOf()));
      return;
    }
    Episode e = prev.get();
    String who = e.direction() == EpisodeDirection.SMALL_LEADS ? u.smallName() : u.largeName();
    w.fact(
        "previous",
        String.format(
            "Before the current episode, %s led from %s to %s (%d trading days), moving the"
                + " %s/%s relative line %s.",
            who,
            e.start(),
            e.end(),
            e.periods(),
            u.smallName(),
            u.largeName(),
            Format.pct(e.relativeMove())),
        ctx.source(u.small(), e.start(), e.end()),
        ctx.source(u.large(), e.start(), e.end()));
  }

  /**
   * The largest names' share of the large-cap return in the previous calendar year: the Magnificent
   * Seven on real data, the seven largest names on the synthetic sample.
   */
  private static void concentration(Context ctx, SectionWriter w) {
    String holdings = ctx.role(Universe.Role.LARGE_HOLDINGS);
    String prefix = ctx.role(Universe.Role.PANEL);
    Optional<ReportData.Snapshot> snap = ctx.snapshot(holdings);
    if (snap.isEmpty() || snap.get().rows().asOf() == null) {
      return;
    }
    ReportData.Snapshot s = snap.get();
    LocalDate asOfSnap = s.rows().asOf();
    int year = ctx.asOf().getYear() - 1;
    LocalDate from = LocalDate.of(year - 1, 12, 31);
    LocalDate to = LocalDate.of(year, 12, 31);
    Map<String, Double> weights = new LinkedHashMap<>();
    weights(s.rows()).forEach((k, v) -> weights.merge(k.replace('.', '-'), v, Double::sum));
    Map<String, DateSeries> prices = pricesNear(ctx, prefix, weights.keySet(), from, to, asOfSnap);
    if (prices.isEmpty()) {
      return;
    }
    Set<String> basket;
    String label;
    if (ctx.synthetic()) {
      basket = new LinkedHashSet<>();
      weights.entrySet().stream()
          .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
          .limit(7)
          .forEach(e -> basket.add(e.getKey()));
      label = "the seven largest synthetic stocks";
    } else {
      basket = Contributions.MAGNIFICENT_SEVEN;
      label = "the Magnificent Seven";
    }
    ContributionResult c = Contributions.over(weights, asOfSnap, prices, from, to);
    BasketContribution b = c.basket(label, basket);
    String factId =
        w.fact(
            "concentration",
            String.format(
                "In %d, %s contributed %s of the approximate %s return of %s (weights rolled back"
                    + " from the %s holdings of %s by relative price): %s of it.",
                year,
                label,
                Format.pp(b.contribution()),
                ctx.universe().largeName(),
                Format.pct(c.indexReturn()),
                s.id(),
                asOfSnap,
                Format.prob(b.shareOfTotal())),
            ctx.source(s.id(), null, asOfSnap),
            new Source(prefix + "*", "", from, to));
    DateSeries large = ctx.values(ctx.universe().large());
    java.util.OptionalDouble l0 = large.asOf(from);
    java.util.OptionalDouble l1 = large.asOf(to);
    if (l0.isPresent() && l1.isPresent()) {
      w.fact(
          "concentration_check",
          String.format(
              "For comparison, the %s's own price return in %d was %s; the difference from the"
                  + " approximate return measures the approximation's error.",
              ctx.universe().largeName(),
              year,
              Format.pct(l1.getAsDouble() / l0.getAsDouble() - 1)),
          ctx.source(ctx.universe().large(), from, to));
    }
    double share = b.shareOfTotal();
    String word = ReportRule.concentrationWord(share);
    w.interpret(
        "concentration_rule",
        String.format(
            Locale.ROOT,
            "By the concentration rule, %s %s the large-cap return in %d.",
            label,
            word,
            year),
        ReportRule.CONCENTRATION,
        factId);
    w.fact(
        "concentration_caveat",
        "Approximation: "
            + c.approximation()
            + (asOfSnap.isAfter(ctx.asOf())
                ? " The holdings are dated after the report's as-of date, so the weights (not the"
                    + " returns) use later information."
                : ""),
        ctx.source(s.id(), null, asOfSnap));
  }

  /** Days before each date read from the panel (covers weekends and holidays). */
  static final int LOOKBACK_DAYS = 10;

  /**
   * Panel prices only where {@link Contributions} reads them: the last close on or before each of
   * the window's start and end and the snapshot date (three short reads instead of the whole
   * panel).
   */
  private static Map<String, DateSeries> pricesNear(
      Context ctx, String prefix, Set<String> tickers, LocalDate... dates) {
    Map<String, java.util.TreeMap<LocalDate, Double>> merged = new LinkedHashMap<>();
    for (LocalDate d : dates) {
      ctx.panel(prefix, tickers, d.minusDays(LOOKBACK_DAYS), d)
          .forEach(
              (t, s) -> {
                java.util.TreeMap<LocalDate, Double> m =
                    merged.computeIfAbsent(t, k -> new java.util.TreeMap<>());
                for (int i = 0; i < s.size(); i++) {
                  m.put(s.dateAt(i), s.valueAt(i));
                }
              });
    }
    Map<String, DateSeries> out = new LinkedHashMap<>();
    merged.forEach(
        (t, m) -> {
          DateSeries.Builder b = DateSeries.builder();
          m.forEach(b::put);
          out.put(t, b.build());
        });
    return out;
  }

  /**
   * Index weights of a holdings snapshot; a snapshot without weights (the synthetic universe) is
   * weighted by market cap.
   */
  static Map<String, Double> weights(dev.rotor.crosssection.CrossSection rows) {
    boolean hasWeights = rows.rows().stream().anyMatch(c -> c.weight() > 0);
    if (hasWeights) {
      return Concentration.equityWeights(rows);
    }
    Map<String, Double> caps = new LinkedHashMap<>();
    for (dev.rotor.crosssection.Constituent c : rows.rows()) {
      double cap = c.get(dev.rotor.crosssection.ConstituentField.MARKET_CAP);
      if (cap > 0) {
        caps.merge(c.ticker(), cap, Double::sum);
      }
    }
    return caps;
  }

  /** Relative rotation of small caps, tech and sectors against large caps. */
  private static void rrg(Context ctx, SectionWriter w) {
    Universe u = ctx.universe();
    Map<SeriesId, DateSeries> assets = new LinkedHashMap<>();
    Map<SeriesId, String> names = new LinkedHashMap<>();
    assets.put(SeriesId.of(u.small()), ctx.values(u.small()));
    names.put(SeriesId.of(u.small()), u.smallName());
    if (u.tech() != null) {
      assets.put(SeriesId.of(u.tech()), ctx.values(u.tech()));
      names.put(SeriesId.of(u.tech()), u.techName());
    }
    for (Map.Entry<String, String> e : u.sectors(ctx.synthetic()).entrySet()) {
      Optional<ReportData.Loaded> l = ctx.series(e.getKey());
      if (l.isPresent() && !l.get().values().isEmpty()) {
        assets.put(SeriesId.of(l.get().id()), l.get().values());
        names.put(SeriesId.of(l.get().id()), e.getValue());
      }
    }
    DateSeries bench = ctx.values(u.large());
    dev.rotor.rotation.RrgChart chart;
    try {
      chart =
          RotationGraph.chart(
              SeriesId.of(u.large()),
              bench,
              assets,
              ctx.asOf(),
              RrgParameters.defaults().withTailLength(TAIL_WEEKS));
    } catch (IllegalArgumentException e) {
      w.fact(
          "rrg_unavailable",
          "The rotation graph could not be computed: " + e.getMessage() + ".",
          ctx.source(u.large(), null, ctx.asOf()));
      return;
    }
    List<RrgChart.Tail> sizeTails = new ArrayList<>();
    List<RrgChart.Tail> sectorTails = new ArrayList<>();
    List<Source> sizeSrc = new ArrayList<>();
    List<Source> sectorSrc = new ArrayList<>();
    java.util.Set<SeriesId> sizeIds =
        u.tech() == null
            ? java.util.Set.of(SeriesId.of(u.small()))
            : java.util.Set.of(SeriesId.of(u.small()), SeriesId.of(u.tech()));
    List<List<String>> rows = new ArrayList<>();
    List<Source> src = new ArrayList<>();
    LocalDate first = null;
    List<RrgAsset> sorted = new ArrayList<>(chart.assets());
    sorted.sort(Comparator.comparingDouble((RrgAsset a) -> -a.latest().ratio()));
    for (RrgAsset a : sorted) {
      List<RrgPoint> t = a.tail();
      if (t.isEmpty()) {
        continue;
      }
      List<LocalDate> d = new ArrayList<>();
      double[] x = new double[t.size()];
      double[] y = new double[t.size()];
      for (int i = 0; i < t.size(); i++) {
        d.add(t.get(i).date());
        x[i] = t.get(i).ratio();
        y[i] = t.get(i).momentum();
      }
      String name = names.getOrDefault(a.id(), a.id().value());
      boolean size = sizeIds.contains(a.id());
      (size ? sizeTails : sectorTails).add(new RrgChart.Tail(name, d, x, y));
      (size ? sizeSrc : sectorSrc).add(ctx.source(a.id().value(), null, a.latest().date()));
      first = first == null || d.get(0).isBefore(first) ? d.get(0) : first;
      rows.add(
          List.of(
              name,
              a.latest().date().toString(),
              Format.num(a.latest().ratio(), 2),
              Format.num(a.latest().momentum(), 2),
              a.latest().quadrant().name().toLowerCase(Locale.ROOT)));
      src.add(ctx.source(a.id().value(), null, a.latest().date()));
    }
    if (sizeTails.isEmpty() && sectorTails.isEmpty()) {
      return;
    }
    src.add(ctx.source(u.large(), null, ctx.asOf()));
    sizeSrc.add(ctx.source(u.large(), null, ctx.asOf()));
    sectorSrc.add(ctx.source(u.large(), null, ctx.asOf()));
    RrgAsset smallAsset = chart.assets().get(0);
    w.fact(
        "rrg_small",
        String.format(
            "Against %s, %s sits in the %s quadrant of the weekly relative-rotation graph on %s"
                + " (RS-ratio %s, RS-momentum %s; 100 is par).",
            u.largeName(),
            u.smallName(),
            smallAsset.latest().quadrant().name().toLowerCase(Locale.ROOT),
            smallAsset.latest().date(),
            Format.num(smallAsset.latest().ratio(), 2),
            Format.num(smallAsset.latest().momentum(), 2)),
        ctx.source(u.small(), null, smallAsset.latest().date()),
        ctx.source(u.large(), null, smallAsset.latest().date()));
    String weeks = " (weekly, last " + TAIL_WEEKS + " weeks)";
    if (!sizeTails.isEmpty()) {
      w.chart(
          new RrgChart(
              "rrg",
              "Relative rotation of size segments against " + u.largeName() + weeks,
              sizeTails),
          sizeSrc);
    }
    if (!sectorTails.isEmpty()) {
      w.chart(
          new RrgChart(
              "rrg_sectors",
              "Relative rotation of sectors against " + u.largeName() + weeks,
              sectorTails),
          sectorSrc);
    }
    w.table(
        "rrg_table",
        "Latest position in the relative-rotation graph against "
            + u.largeName()
            + " (RS-ratio and RS-momentum, 100 = par), sorted by RS-ratio",
        List.of("Series", "Date", "RS-ratio", "RS-momentum", "Quadrant"),
        rows,
        src);
  }
}
