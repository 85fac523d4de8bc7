package io.privacyinventory.model;

/** Something that makes an inventory invalid (not merely incomplete), with where it is. */
public record Problem(ModelPath path, String message) {
    @Override
    public String toString() {
        return path.isRoot() ? message : path + ": " + message;
    }
}
