# One place for the warning policy: every target of ours calls cpc_set_warnings().
function(cpc_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                           -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
    if(CPC_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    if(CPC_SANITIZE)
        target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer
                               -fno-sanitize-recover=undefined)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
endfunction()
