/* Starts a program as a command prompt starts a windowed one: in this console, without standard handles
 * (STARTF_USESTDHANDLES with none), and waits for it; its exit code is this one's. test_gui.sh runs it under Wine
 * in a terminal to see that herstelspiegel.exe --version reaches the console all the same.
 *
 *   from_command_prompt.exe <program.exe> [arguments...]
 */
#include <windows.h>
#include <wchar.h>

int wmain(int argc, wchar_t** argv)
{
    (void)argv;
    if (argc < 2)
        return 2;
    /* The command line after this program's own name, as it was given. */
    const wchar_t* rest = GetCommandLineW();
    if (*rest == L'"')
        rest = wcschr(rest + 1, L'"') + 1;
    else
        while (*rest && *rest != L' ')
            ++rest;
    while (*rest == L' ')
        ++rest;
    wchar_t* line = _wcsdup(rest);
    STARTUPINFOW startup;
    ZeroMemory(&startup, sizeof startup);
    startup.cb = sizeof startup;
    startup.dwFlags = STARTF_USESTDHANDLES; /* hStdInput, hStdOutput, hStdError: none */
    PROCESS_INFORMATION process;
    if (!CreateProcessW(NULL, line, NULL, NULL, FALSE, 0, NULL, NULL, &startup, &process))
        return 3;
    WaitForSingleObject(process.hProcess, INFINITE);
    DWORD code = 1;
    GetExitCodeProcess(process.hProcess, &code);
    return (int)code;
}
