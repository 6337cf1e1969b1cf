// Standard output of the windowed program, and on Windows the command prompt's console (terminal_output.h).
#include "terminal_output.h"

#ifdef _WIN32
#include <windows.h>
#else
#include <iostream>
#endif

namespace hs::gui {

#ifdef _WIN32
namespace {
bool leads_somewhere(HANDLE h) { return h != nullptr && h != INVALID_HANDLE_VALUE && GetFileType(h) != FILE_TYPE_UNKNOWN; }

std::string with_crlf(const std::string& text)
{
    std::string out;
    for (char c : text) {
        if (c == '\n')
            out += '\r';
        out += c;
    }
    return out;
}
} // namespace

bool write_to_terminal(const std::string& utf8)
{
    const std::string text = with_crlf(utf8); // as a text-mode stream writes it, and as Notepad wants it
    DWORD written = 0;
    HANDLE out = GetStdHandle(STD_OUTPUT_HANDLE);
    if (leads_somewhere(out))
        return WriteFile(out, text.data(), DWORD(text.size()), &written, nullptr) && written == text.size();
    // Started from a command prompt, a windowed program gets no standard output: it writes to the prompt's console
    // (the C runtime's stdout cannot be reopened there reliably, so not through it). ERROR_ACCESS_DENIED: the
    // program has a console already (Wine hands the parent's on).
    if (!AttachConsole(ATTACH_PARENT_PROCESS) && GetLastError() != ERROR_ACCESS_DENIED)
        return false; // started from the start menu or Explorer: nobody to tell
    HANDLE console = CreateFileW(L"CONOUT$", GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr,
                                 OPEN_EXISTING, 0, nullptr);
    if (console == INVALID_HANDLE_VALUE)
        return false;
    const int length = MultiByteToWideChar(CP_UTF8, 0, text.data(), int(text.size()), nullptr, 0);
    std::wstring wide(static_cast<size_t>(length > 0 ? length : 0), L'\0');
    MultiByteToWideChar(CP_UTF8, 0, text.data(), int(text.size()), wide.data(), int(wide.size()));
    const bool ok = WriteConsoleW(console, wide.data(), DWORD(wide.size()), &written, nullptr) && written == wide.size();
    CloseHandle(console);
    return ok;
}
#else
bool write_to_terminal(const std::string& text)
{
    std::cout << text << std::flush;
    return bool(std::cout);
}
#endif

} // namespace hs::gui
