; The Windows installer of Herstelspiegel (NSIS 3, from Debian's nsis package): Herstelspiegel-Setup-<version>.exe.
; Built by packaging/windows/build.sh (step "installer") from a staging folder holding the programs and their
; files. Dutch and English; per user without administrator rights by default (%LOCALAPPDATA%\Programs), for all
; users with /ALLUSERS (IT departments; needs administrator rights, installs to Program Files); /S is silent.
; The uninstaller removes what was installed and never the user's data (%APPDATA%\Herstelspiegel: the database,
; its backups and settings).
;
;   makensis -DVERSION=2.0.0 -DSTAGE=<folder> -DOUTFILE=<setup.exe> -DICON=<herstelspiegel.ico> [-DWITH_GUI] installer.nsi
;   (-DTEST_AS_USER: a copy for the tests that takes the account for an ordinary user's)
;
; Command line of the result: [/S] [/ALLUSERS] [/D=<folder>]   (/D last, as NSIS wants it)

Unicode true
Target amd64-unicode ; the programs are 64-bit; also keeps Windows from redirecting the registry or Program Files
ManifestDPIAware true
!ifdef TEST_AS_USER
  SetCompressor zlib ; the tests' copy: quick to make, as only its start runs
!else
  SetCompressor /SOLID lzma
!endif
RequestExecutionLevel user

!ifndef VERSION | STAGE | OUTFILE | ICON
  !error "makensis needs -DVERSION=, -DSTAGE=, -DOUTFILE= and -DICON= (see packaging/windows/build.sh)"
!endif
!ifndef PUBLISHER
  !define PUBLISHER "The Herstelspiegel developers"
!endif
!define APP "Herstelspiegel"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Herstelspiegel"

!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
BrandingText "${APP} ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP} Setup"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "${PUBLISHER}, GPL-3.0-or-later"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!ifdef WITH_GUI
  !define MUI_FINISHPAGE_RUN "$INSTDIR\herstelspiegel.exe"
!endif

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${STAGE}\LICENSE"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; Dutch first: the default when Windows' language is neither.
!insertmacro MUI_LANGUAGE "Dutch"
!insertmacro MUI_LANGUAGE "English"

LangString NeedsAdmin ${LANG_DUTCH} "Installeren voor alle gebruikers (/ALLUSERS) vraagt beheerdersrechten. Start het installatieprogramma als beheerder, of installeer zonder /ALLUSERS alleen voor uzelf."
LangString NeedsAdmin ${LANG_ENGLISH} "Installing for all users (/ALLUSERS) needs administrator rights. Run the installer as an administrator, or install for yourself only without /ALLUSERS."
; The command prompt's entry in the start menu, named in the installer's language; the uninstaller (whose
; language may be another) removes either.
!define PROMPT_NL "Herstelspiegel-opdrachtprompt"
!define PROMPT_EN "Herstelspiegel command prompt"
LangString CommandPrompt ${LANG_DUTCH} "${PROMPT_NL}"
LangString CommandPrompt ${LANG_ENGLISH} "${PROMPT_EN}"
LangString DataKept ${LANG_DUTCH} "Je gegevens blijven bewaard in %APPDATA%\Herstelspiegel."
LangString DataKept ${LANG_ENGLISH} "Your data stays in %APPDATA%\Herstelspiegel."

Var AllUsers ; 1: installed for every user (HKLM, Program Files, the common start menu)

; /ALLUSERS on the command line: every user's start menu and programs list; needs administrator rights.
!macro HS_CHOOSE_SCOPE UN
  Function ${UN}hs_choose_scope
    StrCpy $AllUsers 0
    ${GetParameters} $R0
    ClearErrors
    ${GetOptions} $R0 "/ALLUSERS" $R1
    ${IfNot} ${Errors}
      StrCpy $AllUsers 1
    ${EndIf}
    ${If} $AllUsers = 1
      UserInfo::GetAccountType
      Pop $R2
!ifdef TEST_AS_USER
      ; Only in the copy test_installer.sh builds: Wine's account is always an administrator, so the refusal an
      ; ordinary user meets is tried by pretending to be one.
      StrCpy $R2 "User"
!endif
      ${If} $R2 != "Admin"
        MessageBox MB_ICONSTOP "$(NeedsAdmin)" /SD IDOK
        SetErrorLevel 740 ; ERROR_ELEVATION_REQUIRED
        Quit
      ${EndIf}
      SetShellVarContext all
    ${Else}
      SetShellVarContext current
    ${EndIf}
  FunctionEnd
!macroend
!insertmacro HS_CHOOSE_SCOPE ""
!insertmacro HS_CHOOSE_SCOPE "un."

Function .onInit
  ; Still in the user's context here: $INSTDIR is the per-user default unless /D named another folder.
  StrCpy $R9 "$LOCALAPPDATA\Programs\${APP}"
  Call hs_choose_scope
  ${If} $AllUsers = 1
  ${AndIf} $INSTDIR == $R9
    StrCpy $INSTDIR "$PROGRAMFILES64\${APP}"
  ${EndIf}
  ${IfNot} ${Silent} ; silent: the language of Windows, else Dutch
    !insertmacro MUI_LANGDLL_DISPLAY
  ${EndIf}
FunctionEnd

Function un.onInit
  Call un.hs_choose_scope
FunctionEnd

; The uninstall entry in HKCU (per user) or HKLM (all users): what Windows' "Apps" list shows.
!macro HS_WRITE_KEY TYPE NAME VALUE
  ${If} $AllUsers = 1
    WriteReg${TYPE} HKLM "${UNINSTALL_KEY}" "${NAME}" "${VALUE}"
  ${Else}
    WriteReg${TYPE} HKCU "${UNINSTALL_KEY}" "${NAME}" "${VALUE}"
  ${EndIf}
!macroend

Section "Herstelspiegel" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  File "${STAGE}\herstelspiegel-cli.exe"
!ifdef WITH_GUI
  File "${STAGE}\herstelspiegel.exe"
!endif
  File "${STAGE}\LICENSE"
  ; The Dutch catalogues (the program's, and wxWidgets' own for its buttons), the user guide and the built-in
  ; definitions as examples.
!ifdef WITH_GUI
  SetOutPath "$INSTDIR\locale"
  File /r "${STAGE}\locale\*"
!endif
  SetOutPath "$INSTDIR\docs"
  File /r "${STAGE}\docs\*"
  SetOutPath "$INSTDIR\examples"
  File /r "${STAGE}\examples\*"
  SetOutPath "$INSTDIR"

  WriteUninstaller "$INSTDIR\Uninstall.exe"
  StrCpy $R0 '"$INSTDIR\Uninstall.exe"'
  ${If} $AllUsers = 1
    StrCpy $R0 "$R0 /ALLUSERS"
  ${EndIf}

  ; The start menu: the application, and a command prompt in the program folder for herstelspiegel-cli.
!ifdef WITH_GUI
  CreateShortCut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\herstelspiegel.exe" "" "$INSTDIR\herstelspiegel.exe" 0
  StrCpy $R1 "$INSTDIR\herstelspiegel.exe"
!else
  StrCpy $R1 "$INSTDIR\herstelspiegel-cli.exe"
!endif
  CreateShortCut "$SMPROGRAMS\$(CommandPrompt).lnk" "$SYSDIR\cmd.exe" '/k cd /d "$INSTDIR"' "$INSTDIR\herstelspiegel-cli.exe" 0

  !insertmacro HS_WRITE_KEY Str "DisplayName" "${APP}"
  !insertmacro HS_WRITE_KEY Str "DisplayVersion" "${VERSION}"
  !insertmacro HS_WRITE_KEY Str "Publisher" "${PUBLISHER}"
  !insertmacro HS_WRITE_KEY Str "DisplayIcon" "$R1,0"
  !insertmacro HS_WRITE_KEY Str "InstallLocation" "$INSTDIR"
  !insertmacro HS_WRITE_KEY Str "UninstallString" "$R0"
  !insertmacro HS_WRITE_KEY Str "QuietUninstallString" "$R0 /S"
  !insertmacro HS_WRITE_KEY DWORD "NoModify" 1
  !insertmacro HS_WRITE_KEY DWORD "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $R2 $R3 $R4 ; in KB, as Windows wants it
  !insertmacro HS_WRITE_KEY DWORD "EstimatedSize" "$R2"
SectionEnd

; Only what the installer put there: never %APPDATA%\Herstelspiegel, and never the folder with files of others.
Section "Uninstall"
  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$SMPROGRAMS\${PROMPT_NL}.lnk"
  Delete "$SMPROGRAMS\${PROMPT_EN}.lnk"
  Delete "$INSTDIR\herstelspiegel.exe"
  Delete "$INSTDIR\herstelspiegel-cli.exe"
  Delete "$INSTDIR\LICENSE"
  RMDir /r "$INSTDIR\locale"
  RMDir /r "$INSTDIR\docs"
  RMDir /r "$INSTDIR\examples"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"
  ${If} $AllUsers = 1
    DeleteRegKey HKLM "${UNINSTALL_KEY}"
  ${Else}
    DeleteRegKey HKCU "${UNINSTALL_KEY}"
  ${EndIf}
  DetailPrint "$(DataKept)"
SectionEnd
