# Builds the Windows app-image and .msi of Campus Pilot (run on Windows, after `mvn -B package`).
# Needs: a JDK 17 with jlink and jpackage on the PATH, and WiX Toolset 3.x (candle.exe, light.exe) for the .msi.
# Usage: powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1 -Version 0.1.0
param([Parameter(Mandatory = $true)][string]$Version)
$ErrorActionPreference = "Stop"
$root = Resolve-Path "$PSScriptRoot\..\.."
$target = "$root\target"
$dist = "$target\dist"
$name = "campus-pilot"

Remove-Item -Recurse -Force $dist -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force "$dist\input", "$dist\jfx", "$dist\x" | Out-Null

# The application's jars on the class path; JavaFX (the -win platform jars) becomes named modules of the runtime.
Copy-Item "$target\$name.jar" "$dist\input\"
Get-ChildItem "$target\lib\*.jar" | Where-Object { $_.Name -notlike "javafx-*" } | Copy-Item -Destination "$dist\input\"
Copy-Item "$target\lib\javafx-*-win.jar" "$dist\jfx\"

jlink --module-path "$dist\jfx" `
    --add-modules java.base,java.sql,java.logging,java.desktop,jdk.unsupported,jdk.localedata,javafx.controls,javafx.fxml `
    --include-locales fr,fr-FR,en,en-GB,en-US `
    --strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive `
    --output "$dist\runtime"
if ($LASTEXITCODE -ne 0) { throw "jlink failed" }

# JavaFX's DLLs go next to the runtime's own (bin on Windows): nothing is unpacked into the user's profile.
Get-ChildItem "$dist\jfx\*.jar" | ForEach-Object {
    Push-Location "$dist\x"; jar xf $_.FullName; Pop-Location
}
Copy-Item "$dist\x\*.dll" "$dist\runtime\bin\"

$common = @("--name", $name, "--app-version", $Version, "--vendor", "Campus Pilot",
    "--description", "Campus des métiers et des qualifications",
    "--icon", "$root\packaging\icon\campus-pilot.ico")
jpackage --type app-image @common --input "$dist\input" --main-jar "$name.jar" `
    --main-class org.campuspilot.app.Launcher --runtime-image "$dist\runtime" `
    --java-options "-Dfile.encoding=UTF-8" `
    --java-options "-XX:+UseSerialGC" --java-options "-XX:MinHeapFreeRatio=10" `
    --java-options "-XX:MaxHeapFreeRatio=30" `
    --add-launcher "$name-cli=$PSScriptRoot\cli-launcher.properties" --dest $dist
if ($LASTEXITCODE -ne 0) { throw "jpackage app-image failed" }
# The window launcher has no console; campus-pilot-cli.exe runs the headless commands in one.
& "$dist\$name\$name-cli.exe" --version

# The installer: per-user choice of folder, Start menu and desktop shortcuts, the license shown, upgrades in place.
jpackage --type msi @common --app-image "$dist\$name" --license-file "$root\LICENSE" `
    --win-dir-chooser --win-menu --win-menu-group "Campus Pilot" --win-shortcut `
    --win-upgrade-uuid 6f1c3d8e-2b4a-4c7e-9d51-8a0f2e6b7c34 --dest $dist
if ($LASTEXITCODE -ne 0) { throw "jpackage msi failed" }
Get-ChildItem "$dist\*.msi"
