# Build the frozen one-folder Roundtable (PyInstaller, packaging/roundtable.spec) on Windows,
# from a clean checkout.
#
# Python environment: the CURRENT one (an activated venv, or the python on PATH; set $env:PYTHON
# to choose another interpreter). The build imports the app's dependencies from it, so what is
# installed there is what ships. Only if something is missing does the script install it there:
# the project's dependencies with `pip install -e .`, PyInstaller with `pip install pyinstaller`.
#
# Usage: powershell -ExecutionPolicy Bypass -File packaging\build.ps1 [-DistPath DIR] [-WorkPath DIR]
# Result: DIST\roundtable\ holding roundtable-gui.exe (the window, no console), roundtable.exe
# (the command line) and _internal\; zip that folder to hand it out (packaging/README.md).
param(
    [string]$DistPath = "",
    [string]$WorkPath = ""
)
$ErrorActionPreference = "Stop"

$Root = Resolve-Path (Join-Path $PSScriptRoot "..")
if (-not $DistPath) { $DistPath = Join-Path $Root "dist" }
if (-not $WorkPath) { $WorkPath = Join-Path $Root "build\pyinstaller" }
$Python = if ($env:PYTHON) { $env:PYTHON } else { "python" }
Set-Location $Root

function Test-Import([string]$Modules) {
    & $Python -c "import $Modules" 2>$null
    return $LASTEXITCODE -eq 0
}

if (-not (Test-Import "roundtable.cli, PySide6.QtPdf, reportlab, alembic")) {
    Write-Host "build.ps1: installing Roundtable's dependencies"
    & $Python -m pip install -e .
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}
if (-not (Test-Import "PyInstaller")) {
    & $Python -m pip install "pyinstaller>=6.10"
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}

$env:PYTHONPATH = "src"
$Version = & $Python -c "import roundtable; print(roundtable.__version__)"
Remove-Item Env:PYTHONPATH
Write-Host "build.ps1: Roundtable $Version into $DistPath"
& $Python -m PyInstaller --noconfirm --log-level WARN `
    --distpath $DistPath --workpath $WorkPath packaging\roundtable.spec
exit $LASTEXITCODE
