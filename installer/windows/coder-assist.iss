; Inno Setup 6 script for coder-assist. installer/build.py compiles it after PyInstaller:
;   ISCC /DAppName=coder-assist /DAppVersion=0.1.0 /DSourceDir=dist\coder-assist /DOutputDir=dist
;        /DIconFile=dist\icons\coder-assist.ico /DFlavour= installer\windows\coder-assist.iss
; Per-user install by default (no administrator needed); "Install for all users" asks for elevation.
; Uninstalling keeps the user's data and settings (%LOCALAPPDATA%\coder-assist) unless the user says
; otherwise when asked.

#ifndef AppVersion
  #error Compile through installer/build.py, which defines AppName, AppVersion, SourceDir, OutputDir, IconFile and Flavour
#endif

[Setup]
AppId={{60C2176B-CD71-438A-925A-25C20D6025A6}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x64{#Flavour}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppName}-gui.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
danish.DeleteData=Slet også dine coder-assist-data (arbejdsliste, kodebeslutninger, indstillinger og importeret katalog)?
english.DeleteData=Delete your coder-assist data too (worklist, coding decisions, settings and imported catalogue)?

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the whole program folder: no file of an older version is left beside the new one.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppName}-gui.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppName}-gui.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppName}-gui.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    { platformdirs' folder for both data and settings on Windows }
    DataDir := ExpandConstant('{localappdata}\{#AppName}');
    if DirExists(DataDir) and not UninstallSilent() then
      if MsgBox(CustomMessage('DeleteData') + #13#10#13#10 + DataDir, mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
        DelTree(DataDir, True, True, True);
  end;
end;
