// `ltw search`: the library's search on the command line, the same results as the Library view.
#pragma once

#include <filesystem>
#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

namespace ltw::cli {

// The help of `ltw search`, in the reader's language.
std::string searchHelp();

// The verbs that only read (list, search, export, check) never create a database or its folder: a path
// that does not exist is refused with a message saying so.
void requireExistingDatabase(const std::filesystem::path& path);

// Runs `ltw search` with its arguments (after the verb). `usage` reports a mistake in the arguments the
// way every verb does, and does not return.
int searchVerb(const std::vector<std::string>& args, std::ostream& out,
               const std::function<void(const std::string&)>& usage);

} // namespace ltw::cli
