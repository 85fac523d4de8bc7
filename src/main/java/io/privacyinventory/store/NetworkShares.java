package io.privacyinventory.store;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether an inventory file lies on a network share. SQLite's locking, and the writer lock beside
 * the file, depend on the file system honouring locks; many network file systems do so badly or
 * not at all, so two computers could write the same file (docs/reliability.md). The app warns
 * once; it does not refuse, because many offices keep shared documents exactly there.
 */
public final class NetworkShares {
    /** File system types (as {@link FileStore#type()} reports them on Linux and macOS) that are remote. */
    private static final Set<String> NETWORK_TYPES = Set.of(
            "nfs",
            "nfs4",
            "cifs",
            "smb",
            "smbfs",
            "smb2",
            "smb3",
            "afpfs",
            "afs",
            "ncpfs",
            "webdav",
            "davfs",
            "fuse.sshfs",
            "sshfs",
            "9p",
            "fuse.rclone",
            "ceph",
            "glusterfs",
            "fuse.glusterfs",
            "lustre",
            "gpfs",
            "beegfs",
            "fuse.s3fs",
            "fuse.gcsfuse");

    private NetworkShares() {}

    /**
     * What kind of network share {@code file} (or, for a new file, its folder) is on, such as
     * "nfs4", "cifs" or "network path \\server\share"; empty when it looks local or cannot be told.
     * Mapped network drives on Windows report the remote file system's type and are not recognised.
     */
    public static Optional<String> detect(Path file) {
        Path absolute = file.toAbsolutePath();
        String root = absolute.getRoot() == null ? "" : absolute.getRoot().toString();
        if (root.startsWith("\\\\")) {
            return Optional.of("network path " + root);
        }
        try {
            Path existing = absolute;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            if (existing == null) {
                return Optional.empty();
            }
            FileStore store = Files.getFileStore(existing);
            return isNetworkType(store.type()) ? Optional.of(store.type()) : Optional.empty();
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    static boolean isNetworkType(String type) {
        String lower = type.toLowerCase(Locale.ROOT);
        return NETWORK_TYPES.contains(lower)
                || lower.startsWith("nfs")
                || lower.startsWith("smb")
                || lower.startsWith("cifs");
    }
}
