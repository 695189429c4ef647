; Inno Setup 6 script: a per-user installer for briefing-app (no administrator rights).
;
;   ISCC.exe /DAppVersion=0.1.0 packaging\briefing-app.iss     (packaging\build.ps1 does this)
;
; Input: dist\briefing-app\ from the PyInstaller build. Output:
; dist\briefing-app-<version>-windows-x64-setup.exe.
; Installs under %LOCALAPPDATA%\Programs\briefing-app ({autopf} in non-administrative mode),
; adds a Start menu entry (and, if chosen, a desktop icon), and registers an uninstaller for the
; current user. Silent install, for software distribution tools:
;   briefing-app-0.1.0-windows-x64-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /CURRENTUSER /NORESTART
; An administrator may install for all users (Program Files) with /ALLUSERS instead.
; Settings (%APPDATA%\briefing-app\briefing-app.ini) are left in place on uninstall.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=x.y.z packaging\briefing-app.iss
#endif
#ifndef SourceDir
  #define SourceDir "..\dist\briefing-app"
#endif
#define AppName "briefing-app"
#define AppExe "briefing-app.exe"

[Setup]
; The AppId identifies the product for upgrades and uninstall: never change it.
AppId={{6E0C7B2A-5D1F-4C8E-9B3A-2F7D41A9C5E3}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=briefing-app
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Windows 10 1809 (build 17763) or later.
MinVersion=10.0.17763
OutputDir=..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x64-setup
SetupIconFile=..\resources\icons\briefing-app.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "zh"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle: no library of an older version may linger.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; Lets Win+R and "start briefing-app" find the program without touching PATH.
Root: HKA; Subkey: "Software\Microsoft\Windows\CurrentVersion\App Paths\{#AppExe}"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe}"; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
