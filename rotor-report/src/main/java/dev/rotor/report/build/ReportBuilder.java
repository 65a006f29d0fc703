package dev.rotor.report.build;

import dev.rotor.report.Report;
import dev.rotor.report.Section;
import dev.rotor.report.Sentence;
import dev.rotor.report.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Builds the leadership report: headline and leadership, the rotation, drivers, historical context,
 * risks, what it means for an investor, and the appendix. Each section is computed independently;
 * one that fails (e.g. data missing for that date) becomes a section saying what could not be
 * computed and why, and the rest of the report is still built.
 */
public final class ReportBuilder {

  /** Printed at the top and bottom of every rendering. */
  public static final String DISCLAIMER =
      "A generated summary of data, not advice. Every number is computed from the series listed in"
          + " the appendix; sentences marked Interpretation follow the documented rules printed"
          + " there.";

  /** Receives the time each step took (nanoseconds), for the timing breakdown. */
  public interface Timer {
    /** Called once per step. */
    void record(String step, long nanos);

    /** A timer that drops everything. */
    Timer NONE = (s, n) -> {};
  }

  private ReportBuilder() {}

  /**
   * Whether a store whose ids answer {@code has} is to be reported as Rotor's synthetic sample (for
   * {@link ReportData#synthetic()}): it holds none of the real small-cap defaults and does hold the
   * synthetic small-cap index. Real data win when both are present.
   */
  public static boolean isSyntheticSample(java.util.function.Predicate<String> has) {
    return Universe.syntheticOnly(has);
  }

  /** Builds the report without timings. */
  public static Report build(ReportData data, ReportRequest request) {
    return build(data, request, Timer.NONE);
  }

  /**
   * Builds the report.
   *
   * @throws IllegalArgumentException when the small- or large-cap series is missing
   */
  public static Report build(ReportData data, ReportRequest request, Timer timer) {
    return build(data, request, timer, PARALLELISM);
  }

  /** Sections computed at once after the headline (the machine's processors, at most 4). */
  static final int PARALLELISM =
      Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

  /**
   * Builds the report with {@code threads} threads for the sections after the headline (1: one
   * after another). The result does not depend on the number of threads.
   */
  static Report build(ReportData data, ReportRequest request, Timer unsafeTimer, int threads) {
    Timer timer =
        (s, n) -> {
          synchronized (unsafeTimer) {
            unsafeTimer.record(s, n);
          }
        };
    long t0 = System.nanoTime();
    Context ctx = Context.of(data, request);
    ctx.timer(timer);
    timer.record("load indices", System.nanoTime() - t0);
    long t1 = System.nanoTime();
    LeadershipSection.Result lead = LeadershipSection.build(ctx);
    timer.record("headline", System.nanoTime() - t1);
    List<Section> sections = new ArrayList<>();
    sections.add(lead.section());
    List<java.util.concurrent.Callable<Section>> work =
        List.of(
            () -> timed(ctx, timer, "rotation", "The rotation", RotationSection::build),
            () -> timed(ctx, timer, "drivers", "Drivers", DriversSection::build),
            () -> timed(ctx, timer, "history", "Historical context", HistorySection::build),
            () -> timed(ctx, timer, "risks", "Risks", RiskSection::build),
            () ->
                timed(
                    ctx,
                    timer,
                    "investor",
                    "What it means for an investor",
                    InvestorSection::build));
    sections.addAll(run(work, threads));
    long t2 = System.nanoTime();
    sections.add(AppendixSection.build(ctx, sections));
    timer.record("appendix", System.nanoTime() - t2);
    String title =
        (ctx.synthetic() ? "SYNTHETIC DATA: " : "")
            + "Who leads: "
            + ctx.universe().smallName()
            + " vs "
            + ctx.universe().largeName()
            + (ctx.universe().tech() == null ? "" : " and " + ctx.universe().techName())
            + ", as of "
            + ctx.asOf();
    List<dev.rotor.report.Rule> rules = new ArrayList<>();
    for (ReportRule r : ReportRule.values()) {
      rules.add(r.rule());
    }
    return new Report(
        title, ctx.asOf(), ctx.synthetic(), lead.headline(), sections, rules, DISCLAIMER);
  }

  /** Runs the section builders on {@code threads} threads, keeping their order. */
  private static List<Section> run(List<java.util.concurrent.Callable<Section>> work, int threads) {
    List<Section> out = new ArrayList<>();
    if (threads <= 1) {
      for (java.util.concurrent.Callable<Section> c : work) {
        try {
          out.add(c.call());
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }
      return out;
    }
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "rotor-report");
              t.setDaemon(true);
              return t;
            });
    try {
      for (java.util.concurrent.Future<Section> f : pool.invokeAll(work)) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("report interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof RuntimeException re
          ? re
          : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static Section timed(
      Context ctx, Timer timer, String id, String title, Function<Context, Section> f) {
    long t = System.nanoTime();
    Section s;
    try {
      s = f.apply(ctx);
    } catch (RuntimeException e) {
      s = failed(ctx, id, title, e);
    }
    timer.record(id, System.nanoTime() - t);
    return s;
  }

  /** A section saying what could not be computed, naming the series it needed. */
  static Section failed(Context ctx, String id, String title, RuntimeException e) {
    String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return new Section(
        id,
        title,
        List.of(
            new dev.rotor.report.Paragraph(
                List.of(
                    Sentence.fact(
                        id + ".unavailable",
                        "This section could not be computed from the data: " + why + ".",
                        List.of(new Source(ctx.universe().small(), "", null, ctx.asOf())))))));
  }
}
