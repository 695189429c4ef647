# Build briefing-app for Windows x64: the one-folder app, a portable zip and the installer.
#
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1 [-NoSetup] [-NoInstaller]
#
# Needs: Python 3.11 x64 (the "py" launcher or python on PATH) and, for the installer,
# Inno Setup 6 (ISCC.exe on PATH or in its default folder). Produces in dist\:
#   briefing-app\briefing-app.exe        the app (no console window)
#   briefing-app\briefing-app-cli.exe    the same program with a console: check, dump, export
#   briefing-app-<version>-windows-x64-portable.zip
#   briefing-app-<version>-windows-x64-setup.exe
# This script has not been run by the project's CI, which is Linux only (docs/it-guide.md).
[CmdletBinding()]
param(
    [switch]$NoSetup,
    [switch]$NoInstaller
)
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)

$python = ".venv\Scripts\python.exe"
if (-not $NoSetup) {
    if (-not (Test-Path $python)) {
        if (Get-Command py -ErrorAction SilentlyContinue) { py -3.11 -m venv .venv }
        else { python -m venv .venv }
        if ($LASTEXITCODE -ne 0) { throw "could not create .venv (is Python 3.11 x64 installed?)" }
    }
    & $python -m pip install -q --upgrade pip
    & $python -m pip install -q -e ".[packaging]"
    if ($LASTEXITCODE -ne 0) { throw "pip install failed" }
}

$version = (& $python packaging\version_info.py --print-version).Trim()
Write-Host "build: briefing-app $version"
if (Test-Path dist\briefing-app) { Remove-Item -Recurse -Force dist\briefing-app }
& $python -m PyInstaller --noconfirm --clean --log-level WARN `
    --distpath dist --workpath build\pyinstaller packaging\briefing-app.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

# Refuse a bundle that cannot check its own built-in briefing.
$env:QT_QPA_PLATFORM = "offscreen"
& dist\briefing-app\briefing-app-cli.exe check
if ($LASTEXITCODE -ne 0) { throw "the built app failed 'check'" }
Remove-Item Env:\QT_QPA_PLATFORM

# Portable: unzip anywhere and start briefing-app-portable.cmd; settings stay beside the app.
$portable = "dist\briefing-app\briefing-app-portable.cmd"
Set-Content -Encoding ascii -Path $portable -Value @(
    "@echo off",
    "rem Start briefing-app with its settings kept beside it (portable use).",
    "set BRIEFING_APP_SETTINGS=%~dp0briefing-app.ini",
    "start `"`" `"%~dp0briefing-app.exe`" %*"
)
$zip = "dist\briefing-app-$version-windows-x64-portable.zip"
if (Test-Path $zip) { Remove-Item -Force $zip }
Compress-Archive -Path dist\briefing-app -DestinationPath $zip
Write-Host "build: $zip"

if (-not $NoInstaller) {
    $iscc = Get-Command ISCC.exe -ErrorAction SilentlyContinue
    if ($iscc) { $iscc = $iscc.Source }
    else {
        $iscc = @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
                  "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe") |
            Where-Object { Test-Path $_ } | Select-Object -First 1
    }
    if (-not $iscc) { throw "Inno Setup 6 not found: install it, or pass -NoInstaller" }
    # The portable launcher is not part of the installed program.
    Remove-Item -Force $portable
    & $iscc /Qp "/DAppVersion=$version" packaging\briefing-app.iss
    if ($LASTEXITCODE -ne 0) { throw "ISCC failed" }
    Write-Host "build: dist\briefing-app-$version-windows-x64-setup.exe"
}
