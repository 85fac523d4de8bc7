package io.privacyinventory.notice;

/**
 * An inventory text that had no translation in the notice's language, so the notice shows it in
 * another language. {@code path} is where the text sits, as {@code check} writes it
 * ({@code purposes[2].name}).
 */
public record TextFallback(String path, String requested, String used) {}
