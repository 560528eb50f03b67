using System;
using System.Globalization;
using System.IO;
using System.Management.Automation;

namespace RelationsTools.PowerShell
{
    /// <summary>
    /// A path a user gave a cmdlet. One that holds a character no path may hold (NUL anywhere; on Windows also the
    /// control characters) stops the command with an InvalidPath error (InvalidArgument) naming the parameter and
    /// the character, where the file system would throw a bare ArgumentException.
    /// </summary>
    internal static class PathArgument
    {
        /// <summary>The file system path of <paramref name="path"/>, resolved against the current location as PowerShell resolves it.</summary>
        public static string Resolve(PSCmdlet cmdlet, string path, string parameter)
        {
            RefuseInvalidCharacters(cmdlet, path, parameter);
            return cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(path);
        }

        public static void RefuseInvalidCharacters(PSCmdlet cmdlet, string path, string parameter)
        {
            int at = path.IndexOfAny(Path.GetInvalidPathChars());
            if (at < 0)
            {
                return;
            }

            string character = (path[at] == '\0' ? "the NUL character" : "the control character") + " (U+" + ((int)path[at]).ToString("X4", CultureInfo.InvariantCulture) + ")";
            string shown = path.Replace("\0", "`0");
            var exception = new ArgumentException(
                $"Cannot use '{shown}' as -{parameter}: it holds {character} at position {at + 1}, which no file or folder name may hold.");
            cmdlet.ThrowTerminatingError(new ErrorRecord(exception, "InvalidPath", ErrorCategory.InvalidArgument, path));
        }
    }
}
