; PixDesk's Windows installer: per-user (no administrator rights), Start-menu entry, uninstaller in "Apps",
; a choice at uninstall to keep or delete the centre's data. Built by scripts/build_installers.py:
;   makensis -DVERSION=0.1.0 -DDIST=dist\PixDesk -DOUTFILE=dist\PixDesk-0.1.0-setup.exe installers\windows\pixdesk.nsi
; DIST is the PyInstaller one-dir build (PixDesk.exe windowed, pixdesk.com for the command line, _internal\).

Unicode true
SetCompressor /SOLID lzma
RequestExecutionLevel user
ManifestDPIAware true

!ifndef VERSION
  !error "VERSION is required: makensis -DVERSION=x.y.z"
!endif
!ifndef DIST
  !error "DIST is required: the PyInstaller output folder"
!endif
!ifndef OUTFILE
  !define OUTFILE "PixDesk-${VERSION}-setup.exe"
!endif
!ifndef ICON
  !define ICON "${__FILEDIR__}\..\icons\pixdesk.ico"
!endif

!define APP "PixDesk"
!define PUBLISHER "PixDesk"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
; Where PixDesk keeps its data (platformdirs and QSettings, see README "Where PixDesk keeps your data").
!define DATA_DIR "$LOCALAPPDATA\PixDesk"
!define SETTINGS_DIR "$APPDATA\PixDesk"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "Software\${APP}" "InstallDir"
BrandingText "${APP} ${VERSION}"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "nsDialogs.nsh"
!include "FileFunc.nsh"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\PixDesk.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
UninstPage custom un.DataPage un.DataPageLeave
!insertmacro MUI_UNPAGE_INSTFILES

; French first: it is the installer's default; Windows in English gets English.
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "English"

LangString SelfTestFailed ${LANG_FRENCH} "PixDesk est installé, mais son auto-test a signalé un problème :$\r$\n$\r$\n$1$\r$\n$\r$\nSignalez-le à votre service informatique."
LangString SelfTestFailed ${LANG_ENGLISH} "PixDesk is installed, but its self-test reported a problem:$\r$\n$\r$\n$1$\r$\n$\r$\nPlease tell your IT support."
LangString DataTitle ${LANG_FRENCH} "Données du centre"
LangString DataTitle ${LANG_ENGLISH} "Centre data"
LangString DataText ${LANG_FRENCH} "Les sessions, les candidats et les réglages de PixDesk sont conservés dans votre dossier utilisateur. Ils restent en place sauf si vous cochez la case ci-dessous."
LangString DataText ${LANG_ENGLISH} "PixDesk's sessions, candidates and settings are kept in your user folder. They stay unless you tick the box below."
LangString DataRemove ${LANG_FRENCH} "Supprimer aussi mes données PixDesk (sessions, candidats, réglages)"
LangString DataRemove ${LANG_ENGLISH} "Also delete my PixDesk data (sessions, candidates, settings)"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=${LANG_FRENCH} "ProductName" "${APP}"
VIAddVersionKey /LANG=${LANG_FRENCH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_FRENCH} "FileDescription" "Installation de ${APP}"
VIAddVersionKey /LANG=${LANG_FRENCH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_FRENCH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_FRENCH} "LegalCopyright" "${PUBLISHER}, AGPL-3.0-or-later"

Var RemoveData
Var RemoveDataBox

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Section "PixDesk" Main
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An update replaces the program files; the centre's data lives elsewhere and is never touched here.
  RMDir /r "$INSTDIR\_internal"
  File /r "${DIST}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortCut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\PixDesk.exe" "" "$INSTDIR\PixDesk.exe" 0 SW_SHOWNORMAL "" "Sessions de certification Pix"

  WriteRegStr HKCU "Software\${APP}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\PixDesk.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"

  ; The installed program checks itself (reference data, store, PDF, spreadsheet, Qt) before the centre relies on it.
  nsExec::ExecToStack '"$INSTDIR\pixdesk.com" --self-test'
  Pop $0
  Pop $1
  ${If} $0 != "0"
    MessageBox MB_ICONEXCLAMATION|MB_OK "$(SelfTestFailed)" /SD IDOK
  ${EndIf}
SectionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
  StrCpy $RemoveData ${BST_UNCHECKED}
FunctionEnd

Function un.DataPage
  !insertmacro MUI_HEADER_TEXT "$(DataTitle)" ""
  nsDialogs::Create 1018
  Pop $0
  ${NSD_CreateLabel} 0 0 100% 36u "$(DataText)"
  Pop $0
  ${NSD_CreateCheckbox} 0 44u 100% 12u "$(DataRemove)"
  Pop $RemoveDataBox
  ${NSD_SetState} $RemoveDataBox $RemoveData
  nsDialogs::Show
FunctionEnd

Function un.DataPageLeave
  ${NSD_GetState} $RemoveDataBox $RemoveData
FunctionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APP}.lnk"
  ; Only what the installer put there: a folder the user chose may hold other files.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\PixDesk.exe"
  Delete "$INSTDIR\pixdesk.com"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\${APP}"
  ; Silent uninstalls (/S) keep the data: deleting a centre's sessions must be a choice someone made.
  ${If} $RemoveData == ${BST_CHECKED}
    RMDir /r "${DATA_DIR}"
    RMDir /r "${SETTINGS_DIR}"
  ${EndIf}
SectionEnd
