using System;
using System.Collections.Generic;
using System.Management.Automation;
using RelationsTools.Data;
using RelationsTools.Model;
using RelationsTools.Query;

namespace RelationsTools.PowerShell
{
    /// <summary>What every RelationsTools query cmdlet shares: -DataPath, getting the data, and turning its problems into ErrorRecords.</summary>
    public abstract class RelationsCmdlet : PSCmdlet
    {
        /// <summary>A folder of the user's own data files, in the layout of the bundled data; without it, the bundled data.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? DataPath { get; set; }

        /// <summary>True when objects were piped in but none carried a value for <paramref name="gathered"/>: the query asked for nothing, not for everything.</summary>
        protected bool PipedNothing(PipelineValues gathered) => MyInvocation.ExpectingInput && gathered.Values is null;

        private const int ReadProgressActivityId = 0x5254; // "RT"
        private int lastProgressPercent = -1;

        /// <summary>
        /// Sends each bad row to the error stream (the query goes on), each warning to the warning stream, and
        /// how far a long file has been read to the progress stream.
        /// </summary>
        protected ReadMonitor Reporter => new ReadMonitor(e => WriteError(DataError(e)), w => WriteWarning(w.Message), WriteReadProgress);

        private void WriteReadProgress(string filePath, double fraction)
        {
            int percent = (int)(fraction * 100);
            if (percent == lastProgressPercent)
            {
                return;
            }

            lastProgressPercent = percent;
            WriteProgress(new ProgressRecord(ReadProgressActivityId, "Reading " + System.IO.Path.GetFileName(filePath), percent.ToString(System.Globalization.CultureInfo.InvariantCulture) + "% read")
            {
                PercentComplete = percent,
            });
        }

        private void CompleteReadProgress()
        {
            if (lastProgressPercent >= 0)
            {
                WriteProgress(new ProgressRecord(ReadProgressActivityId, "Reading", "Done") { RecordType = ProgressRecordType.Completed });
                lastProgressPercent = -1;
            }
        }

        /// <summary>The bundled dataset; a broken data file stops the command with the file, line and field named.</summary>
        protected RelationsData LoadData() => Terminating(() => RelationsData.Bundled);

        /// <summary>
        /// The folder of -DataPath, or null when none was given. A missing folder or a file that cannot be read
        /// stops the command; its bad rows are written as errors as they are met.
        /// </summary>
        protected DataFolder? OpenDataFolder()
        {
            if (DataPath is null)
            {
                return null;
            }

            string path = SessionState.Path.GetUnresolvedProviderPathFromPSPath(DataPath);
            return Terminating(() => DataFolder.Open(path, RelationsData.Bundled, Reporter));
        }

        /// <summary>Runs <paramref name="read"/>; a problem with a whole file (a DataFileException) stops the command as an ErrorRecord.</summary>
        protected T Terminating<T>(Func<T> read) => Terminating(this, read);

        /// <summary>The same, for a cmdlet that does not derive from this class (Test-RelationsData, whose -DataPath is positional).</summary>
        internal static T Terminating<T>(Cmdlet cmdlet, Func<T> read)
        {
            try
            {
                return read();
            }
            catch (DataFileException e)
            {
                cmdlet.ThrowTerminatingError(DataError(e));
                throw; // not reached: ThrowTerminatingError always throws
            }
        }

        /// <summary>Writes each item of a streamed read; a problem with the whole file stops the command.</summary>
        protected void WriteAll<T>(IEnumerable<T> items)
        {
            try
            {
                foreach (var item in items)
                {
                    WriteObject(item);
                }
            }
            catch (DataFileException e)
            {
                ThrowTerminatingError(DataError(e));
            }
            finally
            {
                CompleteReadProgress();
            }
        }

        public static ErrorRecord DataError(DataFileException e)
        {
            var category = e.ErrorId == DataErrorIds.DataFolderNotFound || e.ErrorId == DataErrorIds.DataFileUnreadable
                ? ErrorCategory.ReadError
                : ErrorCategory.InvalidData;
            return new ErrorRecord(e, e.ErrorId, category, (object?)e.Value ?? e.FilePath);
        }

        /// <summary>
        /// The window of -From and -To. A date that does not parse, or a window that ends before it starts,
        /// stops the command here, before any output, with an InvalidArgument error.
        /// </summary>
        protected DateWindow ParseWindow(string? from, string? to)
        {
            var first = ParseDateArgument("From", from);
            var last = ParseDateArgument("To", to);
            try
            {
                return DateWindow.Between(first, last);
            }
            catch (ArgumentException e)
            {
                ThrowTerminatingError(new ErrorRecord(new ArgumentException(e.Message + " Use a -From on or before -To."), "InvalidDateRange", ErrorCategory.InvalidArgument, to));
                throw; // not reached
            }
        }

        private FuzzyDate ParseDateArgument(string parameter, string? text)
        {
            if (FuzzyDate.TryParse(text, out var date, out string error))
            {
                return date;
            }

            var exception = new ArgumentException(
                $"Cannot use '{text}' as -{parameter}: {error}. Give a date as YYYY, YYYY-MM or YYYY-MM-DD (such as 1979, 2024-09 or 2024-09-20), an interval A/B, or a [datetime].");
            ThrowTerminatingError(new ErrorRecord(exception, "InvalidDate", ErrorCategory.InvalidArgument, text));
            throw exception; // not reached
        }

        /// <summary>
        /// Writes <see cref="WriteNotFound"/> for each plain (wildcard-free) pattern that names nothing in the data,
        /// as Get-Item does; a wildcard that matches nothing is simply an empty result.
        /// </summary>
        protected void WriteNotFoundForPlainPatterns(TextPattern[]? patterns, Func<TextPattern, bool> namesSomething, string errorId, string what)
        {
            if (patterns is null)
            {
                return;
            }

            foreach (var pattern in patterns)
            {
                if (!pattern.HasWildcards && !namesSomething(pattern))
                {
                    WriteNotFound(errorId, what, pattern.Pattern);
                }
            }
        }

        /// <summary>The error Get-Item writes for a plain name that matches nothing.</summary>
        protected void WriteNotFound(string errorId, string what, string name)
        {
            var exception = new ItemNotFoundException($"Cannot find {what} '{name}'. Use a wildcard pattern or omit the name to list what exists.");
            WriteError(new ErrorRecord(exception, errorId, ErrorCategory.ObjectNotFound, name));
        }
    }
}
