package io.privacyinventory.model;

/** Whether an activity takes decisions by automated means (Art. 22), and the logic involved. */
public record AutomatedDecisions(boolean used, Text logic) {}
