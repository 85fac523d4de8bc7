package io.privacyinventory.ui;

import java.nio.file.Path;
import java.util.List;

/** The window's application side for tests that show a main window: no file dialogs, no recent files, light theme. */
public class NoAppActions implements MainWindow.AppActions {
    @Override
    public void newInventory() {}

    @Override
    public void openInventory() {}

    @Override
    public void openRecent(Path path) {}

    @Override
    public List<Path> recentFiles() {
        return List.of();
    }

    @Override
    public void saveCopy() {}

    @Override
    public void importJson() {}

    @Override
    public void importCsv() {}

    @Override
    public void exportJson() {}

    @Override
    public void setDarkTheme(boolean dark) {}

    @Override
    public boolean isDarkTheme() {
        return false;
    }

    @Override
    public void switchUiLanguage(String language) {}

    @Override
    public void quit() {}
}
