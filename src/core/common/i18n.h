#pragma once
// Translation hook for the core, which never includes wxWidgets. Core code marks user-facing strings with
// tr("...") (translated when shown) or N_("...") (only marked); the GUI installs wxGetTranslation as the
// translator so the same gettext catalogue serves both layers. Without a translator, msgids are returned.
#include <initializer_list>
#include <string>

namespace hs {
using Translator = std::string (*)(const char* msgid);
void set_translator(Translator translator);
std::string tr(const char* msgid);
} // namespace hs

#ifndef N_
#define N_(s) s
#endif

namespace hs {
// Replaces %1 .. %9 in a (translated) pattern, so translators can reorder the parts of a message.
std::string format(const std::string& pattern, std::initializer_list<std::string> args);
// tr() then format(): trf("unknown element <%1> in %2", {name, what}).
std::string trf(const char* msgid, std::initializer_list<std::string> args);
// trf() of `one` when n is 1, else of `many` (Dutch and English both), with n as %1 and `args` from %2 on:
// trfn(n, N_("%1 row was skipped (line %2)"), N_("%1 rows were skipped (lines %2)"), {lines}).
std::string trfn(long long n, const char* one, const char* many, std::initializer_list<std::string> args = {});
} // namespace hs
