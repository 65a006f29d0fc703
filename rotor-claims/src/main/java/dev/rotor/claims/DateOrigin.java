package dev.rotor.claims;

/** Where an article date candidate came from, in order of precedence. */
public enum DateOrigin {
  /** The {@code --asof} option: the user's word, always used when given. */
  ASOF,
  /** A dateline at the start of a line: {@code NEW YORK, Jan. 26, 2024 -}. */
  DATELINE,
  /**
   * An id in a source link: {@code ...-010726/...} read as MMDDYY, or a {@code /2024/01/26/} path.
   */
  LINK_ID,
  /**
   * A date in the text: a full {@code January 26, 2024}, or a month and day ({@code January 26th})
   * completed with the year the text names most often.
   */
  TEXT
}
