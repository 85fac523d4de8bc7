package io.privacyinventory.exchange.csv;

import java.util.function.Function;

/**
 * One column of a layout: a stable key (the documented name an import recognises, whatever the
 * language of the heading) and how a row's cell is made.
 */
record Column<T>(String key, Function<T, String> value) {}
