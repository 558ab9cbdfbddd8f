// Ctrl-C handling: the signal handler only sets a flag; the engine's progress callback turns it
// into a stop request, so a long run stops at the next chunk and nothing half-written remains.
#pragma once

namespace cr::cli {

void installInterruptHandler();
bool interrupted();

} // namespace cr::cli
