#ifndef HOTLINE_CSTEMMER_SHIM_H
#define HOTLINE_CSTEMMER_SHIM_H

#include <libstemmer.h>

#endif
