using System;
using System.Management.Automation;
using RelationsTools.Data;
using RelationsTools.Model;
using RelationsTools.Query;

namespace RelationsTools.PowerShell
{
    /// <summary>What every RelationsTools cmdlet shares: getting the data, and turning its problems into ErrorRecords.</summary>
    public abstract class RelationsCmdlet : PSCmdlet
    {
        /// <summary>The bundled dataset; a broken data file stops the command with the file, line and field named.</summary>
        protected RelationsData LoadData()
        {
            try
            {
                return RelationsData.Bundled;
            }
            catch (DataFileException e)
            {
                ThrowTerminatingError(DataError(e));
                throw; // not reached: ThrowTerminatingError always throws
            }
        }

        protected static ErrorRecord DataError(DataFileException e)
        {
            var category = e.ErrorId == DataErrorIds.DataFolderNotFound || e.ErrorId == DataErrorIds.DataFileUnreadable
                ? ErrorCategory.ReadError
                : ErrorCategory.InvalidData;
            return new ErrorRecord(e, e.ErrorId, category, e.FilePath);
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
