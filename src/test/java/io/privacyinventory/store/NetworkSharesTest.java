package io.privacyinventory.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Network file systems are recognised, so the app can warn once; local ones are not flagged. */
class NetworkSharesTest {
    @TempDir
    Path folder;

    @Test
    void remoteFileSystemTypesAreNetworkShares() {
        for (String type :
                new String[] {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "afpfs", "webdav", "NFS"}) {
            assertThat(NetworkShares.isNetworkType(type)).as(type).isTrue();
        }
    }

    @Test
    void localFileSystemTypesAreNot() {
        for (String type : new String[] {"ext4", "xfs", "btrfs", "apfs", "NTFS", "tmpfs", "overlay", "zfs"}) {
            assertThat(NetworkShares.isNetworkType(type)).as(type).isFalse();
        }
    }

    @Test
    void aFileInALocalFolderIsNotOnANetworkShareNorIsANewFileThere() {
        assertThat(NetworkShares.detect(folder.resolve("inventory.db"))).isEmpty();
        assertThat(NetworkShares.detect(folder.resolve("new").resolve("inventory.db")))
                .isEmpty();
    }
}
