package dev.rotor.report;

/** A piece of a section: a paragraph of sentences, a table or a chart. */
public sealed interface Block permits Paragraph, Table, Chart {}
