// Loads cairo and FreeType on first use (see cairo_link.h), by the names the system's libraries have had for
// fifteen years, the way the dynamic linker would have found them at start: from the system's library folders.
#include "report/cairo_link.h"

#include <stdexcept>
#include <string>

#ifdef HS_CAIRO_LOADED_LAZILY
#include <dlfcn.h>
#endif

namespace hs::report {

namespace {

#ifdef HS_CAIRO_LOADED_LAZILY
constexpr const char* kCairo = "libcairo.so.2";
constexpr const char* kFreeType = "libfreetype.so.6";

void* open_library(const char* name)
{
    if (void* handle = dlopen(name, RTLD_NOW | RTLD_LOCAL))
        return handle; // never closed: cairo keeps fonts and caches for the whole process
    const char* why = dlerror();
    throw std::runtime_error(std::string("the drawing library ") + name + " could not be loaded (reinstall the program): " +
                             (why ? why : "unknown reason"));
}

template <class Function>
void resolve(void* library, const char* library_name, const char* name, Function& to)
{
    to = reinterpret_cast<Function>(dlsym(library, name));
    if (!to)
        throw std::runtime_error(std::string(library_name) + " lacks " + name + " (reinstall the program)");
}

CairoFunctions load()
{
    void* cairo = open_library(kCairo);
    void* freetype = open_library(kFreeType);
    CairoFunctions f;
#define HS_RESOLVE_CAIRO(name) resolve(cairo, kCairo, #name, f.name);
#define HS_RESOLVE_FREETYPE(name) resolve(freetype, kFreeType, #name, f.name);
    HS_CAIRO_FUNCTIONS(HS_RESOLVE_CAIRO)
    HS_FREETYPE_FUNCTIONS(HS_RESOLVE_FREETYPE)
#undef HS_RESOLVE_CAIRO
#undef HS_RESOLVE_FREETYPE
    return f;
}
#else
CairoFunctions load()
{
    CairoFunctions f;
#define HS_LINKED(name) f.name = &::name;
    HS_CAIRO_FUNCTIONS(HS_LINKED)
    HS_FREETYPE_FUNCTIONS(HS_LINKED)
#undef HS_LINKED
    return f;
}
#endif

} // namespace

const CairoFunctions& cairo_functions()
{
    static const CairoFunctions loaded = load();
    return loaded;
}

} // namespace hs::report
