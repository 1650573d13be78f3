// SPDX-License-Identifier: GPL-3.0-or-later
// Not a program to run: linked with every object of portal_core, portal_sandbox and portal_pdf under LTO and
// -Werror=odr (MONIME_SANITIZE builds), so two different types of one name anywhere in the core fail the build.
int main()
{
    return 0;
}
