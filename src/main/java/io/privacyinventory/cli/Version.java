package io.privacyinventory.cli;

import io.privacyinventory.model.AppVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}. */
public final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"Privacy Inventory " + AppVersion.current()};
    }
}
