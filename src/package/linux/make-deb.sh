#!/bin/sh
# Builds the .deb from the finished app image (mvn -Ppackage package calls it).
# Usage: make-deb.sh IMAGE_DIR VERSION ICONS_DIR OUTPUT_DIR
#
# Not jpackage's own .deb: its desktop entries, icons and dependencies are not what this app needs,
# and the class-data archive needs an installation step of its own. Java 17 uses the application
# part of an archive only when the jars have the path (and modification time) they had when it was
# made, so the archive made in target/ would be refused in /opt. The package leaves it out and its
# postinst makes it with one headless start of the installed app (Monocle ships in the image).
set -eu
image=$1 version=$2 icons=$3 out=$4
stage=$out/deb-stage
arch=$(dpkg --print-architecture)

rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications"
cp -a "$image" "$stage/opt/privacy-inventory"
rm -f "$stage/opt/privacy-inventory/lib/app/privacy-inventory.jsa"
ln -s "/opt/privacy-inventory/bin/privacy-inventory" "$stage/usr/bin/privacy-inventory"
for size in 16 32 64 128 256 512; do
    mkdir -p "$stage/usr/share/icons/hicolor/${size}x${size}/apps"
    cp "$icons/privacy-inventory-$size.png" "$stage/usr/share/icons/hicolor/${size}x${size}/apps/privacy-inventory.png"
done
cat > "$stage/usr/share/applications/privacy-inventory.desktop" <<DESKTOP
[Desktop Entry]
Type=Application
Name=Privacy Inventory
GenericName=Record of processing activities
Comment=Keep the GDPR record of processing activities and generate the privacy notice from it
Exec="/opt/privacy-inventory/bin/Privacy Inventory"
Icon=privacy-inventory
Terminal=false
Categories=Office;
Keywords=GDPR;privacy;Art. 30;protokoll;personvern;
DESKTOP
size_kb=$(du -sk "$stage" | cut -f1)
cat > "$stage/DEBIAN/control" <<CONTROL
Package: privacy-inventory
Version: $version
Section: misc
Priority: optional
Architecture: $arch
Maintainer: Privacy Inventory <privacy-inventory@localhost>
Installed-Size: $size_kb
Depends: libc6, libgtk-3-0, libglib2.0-0, libx11-6, libxtst6, libfreetype6, libfontconfig1, zlib1g
Description: GDPR record of processing activities
 Keeps the record of processing activities (GDPR Art. 30) in one SQLite
 file and generates the privacy notice and the auditor's CSV from it.
 Comes with its own Java runtime; the command line is privacy-inventory.
CONTROL
cat > "$stage/DEBIAN/postinst" <<'POSTINST'
#!/bin/sh
# Makes the class-data archive for this installation (see make-deb.sh in the sources). When it
# cannot be made the app starts without it, only slower, so a failure does not stop the install.
set -e
app=/opt/privacy-inventory
if [ "$1" = configure ]; then
    work=$(mktemp -d)
    if (cd "$app/lib/app" && rm -f privacy-inventory.jsa \
        && _JAVA_OPTIONS="-XX:SharedArchiveFile=$app/lib/runtime/lib/server/classes.jsa -XX:ArchiveClassesAtExit=privacy-inventory.jsa" \
           JAVA_TOOL_OPTIONS="-Dprivacyinventory.dataDir=$work/data -Djava.util.prefs.userRoot=$work/prefs -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dheadless.geometry=1920x1200-32 -Djava.awt.headless=true" \
           HOME="$work" timeout 300 "$app/bin/privacy-inventory" --smoke >/dev/null 2>&1 \
        && chmod 644 privacy-inventory.jsa); then
        :
    else
        echo "privacy-inventory: the class-data archive could not be made; the app starts without it" >&2
        rm -f "$app/lib/app/privacy-inventory.jsa"
    fi
    rm -rf "$work"
fi
exit 0
POSTINST
cat > "$stage/DEBIAN/postrm" <<'POSTRM'
#!/bin/sh
# The class-data archive is made by postinst, so dpkg does not know it.
set -e
if [ "$1" = remove ] || [ "$1" = purge ]; then
    rm -f /opt/privacy-inventory/lib/app/privacy-inventory.jsa
    rmdir --ignore-fail-on-non-empty /opt/privacy-inventory/lib/app /opt/privacy-inventory/lib /opt/privacy-inventory 2>/dev/null || true
fi
exit 0
POSTRM
chmod 755 "$stage/DEBIAN/postinst" "$stage/DEBIAN/postrm"
fakeroot dpkg-deb -Zxz -z3 --build "$stage" "$out/privacy-inventory_${version}_$arch.deb"
rm -rf "$stage"
