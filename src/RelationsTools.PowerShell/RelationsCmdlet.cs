using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using RelationsTools.Data;
using RelationsTools.Model;
using RelationsTools.Query;

namespace RelationsTools.PowerShell
{
    /// <summary>
    /// What every RelationsTools query cmdlet shares: -DataPath and -IncludeBundled, the one way to the data,
    /// and turning data problems and names that find nothing into ErrorRecords.
    /// </summary>
    /// <remarks>
    /// A piped object names something by its properties (each cmdlet's remarks say what): a record with an Id
    /// names itself, a record of another kind what it refers to. Several kinds have an Id, so each way in is a
    /// parameter set of its own, and the default set holds the ways that must win: PowerShell tries every way of
    /// binding a piped object in the default set before any other set, binding by value the object's text
    /// included. So the default set never takes a string by value, or every object would bind there as its text.
    /// An object that binds nowhere is PowerShell's own binding error.
    /// </remarks>
    public abstract class RelationsCmdlet : PSCmdlet
    {
        private const int ReadProgressActivityId = 0x5254; // "RT"
        private int lastProgressPercent = -1;
        private DataStore? data;
        private ReadSummary? summary;

        /// <summary>A folder of the user's own data files, in the layout of the bundled data; without it, the bundled data.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? DataPath { get; set; }

        /// <summary>With -DataPath: read the bundled events, figures and claims too, the folder's row winning on the same id.</summary>
        [Parameter]
        public SwitchParameter IncludeBundled { get; set; }

        /// <summary>
        /// True when the command was given a pipeline but nothing from it was bound to any of <paramref name="gathered"/>
        /// (an empty pipeline, or objects that each failed to bind with an error): the query asked for nothing, not for everything.
        /// </summary>
        private protected bool PipedNothing(params PipelineValues[] gathered) => MyInvocation.ExpectingInput && gathered.All(values => values.Values is null);

        /// <summary>
        /// Sends each bad row to the error stream (the query goes on), each warning to the warning stream, and
        /// how far a long file has been read to the progress stream.
        /// </summary>
        protected ReadMonitor Reporter => new ReadMonitor(e => WriteError(DataError(e)), w => WriteWarning(w.Message), WriteReadProgress, summary!.FileRead);

        /// <summary>
        /// The data the command reads: the bundled dataset, or the folder of -DataPath (with -IncludeBundled, with
        /// the bundled rows beside its own). Opened once; a missing folder, an unreadable file or a broken bundled
        /// file stops the command with the file, line and field named.
        /// </summary>
        protected DataStore Data => data ??= OpenData();

        private DataStore OpenData()
        {
            if (DataPath is null)
            {
                return RelationsData.Bundled;
            }

            string path = PathArgument.Resolve(this, DataPath, nameof(DataPath));
            return DataFolder.Open(path, RelationsData.Bundled, Reporter, IncludeBundled);
        }

        // The steps PowerShell calls, each guarded: a problem with a whole data file (a DataFileException, met
        // whenever a table is first read, which for the bundled data may be in any step) stops the command as an
        // ErrorRecord naming file, line and field, and a wildcard pattern no query can read as an InvalidArgument
        // one in the user's terms, never as a bare exception.
        protected sealed override void BeginProcessing()
        {
            summary = new ReadSummary(MyInvocation.BoundParameters);
            Guard(this, Begin);
        }

        protected sealed override void ProcessRecord()
        {
            Guard(this, Process);
            summary!.Piped(MyInvocation.BoundParameters);
        }

        protected sealed override void EndProcessing()
        {
            RefuseMixedPipeline();
            Guard(this, End);

            // Only when asked: describing the bundled dataset counts every table, which a query may not have loaded.
            if (VerboseWanted)
            {
                foreach (string line in summary!.Lines(data))
                {
                    WriteVerbose(line);
                }
            }
        }

        /// <summary>
        /// False where the command takes several kinds of record from one pipeline, as Export-RelationsReport takes
        /// events, figures and claims.
        /// </summary>
        private protected virtual bool OneKindPiped => true;

        // Each kind of piped record binds one parameter, and the parameters filter together: actors and sources piped
        // at once would give only the events naming the actors and stated by the sources, where each record meant
        // its own. A question that cannot be answered as meant is refused before anything is read.
        private void RefuseMixedPipeline()
        {
            var bound = summary!.PipedParameters;
            if (OneKindPiped && bound.Count > 1)
            {
                string parameters = string.Join(" and ", bound.Select(parameter => "-" + parameter));
                ThrowTerminatingError(new ErrorRecord(
                    new ArgumentException($"The objects piped in name different things: they bound {parameters}, which would select only what all of them name together. Pipe one kind of record at a time, or give all but one as parameters."),
                    "MixedPipelineInput",
                    ErrorCategory.InvalidArgument,
                    parameters));
            }
        }

        private bool VerboseWanted
            => MyInvocation.BoundParameters.TryGetValue("Verbose", out object? verbose)
                ? verbose is SwitchParameter given && given.IsPresent
                : (GetVariableValue("VerbosePreference") is object preference && LanguagePrimitives.TryConvertTo(preference, out ActionPreference wanted)
                    && wanted != ActionPreference.SilentlyContinue && wanted != ActionPreference.Ignore);

        protected virtual void Begin()
        {
        }

        protected virtual void Process()
        {
        }

        protected virtual void End()
        {
        }

        /// <summary>Runs <paramref name="step"/>; a problem with a whole data file, or a pattern that cannot be read, stops <paramref name="cmdlet"/> with its ErrorRecord.</summary>
        internal static void Guard(Cmdlet cmdlet, Action step)
        {
            try
            {
                step();
            }
            catch (DataFileException e)
            {
                cmdlet.ThrowTerminatingError(DataError(e));
            }
            catch (InvalidPatternException e)
            {
                cmdlet.ThrowTerminatingError(new ErrorRecord(e, "InvalidWildcardPattern", ErrorCategory.InvalidArgument, e.Pattern));
            }
        }

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

        /// <summary>Writes each item of a read as it comes.</summary>
        protected void WriteAll<T>(IEnumerable<T> items)
        {
            long count = 0;
            try
            {
                foreach (var item in items)
                {
                    WriteObject(item);
                    count++;
                }
            }
            finally
            {
                summary!.Wrote<T>(count);
                CompleteReadProgress();
            }
        }

        /// <summary>Writes a query's results, then an error for each name it was given that names nothing.</summary>
        protected void WriteAll<T>(QueryResult<T> result)
        {
            WriteAll((IEnumerable<T>)result);
            WriteNotFound(result.NotFound);
        }

        internal static ErrorRecord DataError(DataFileException e)
        {
            var category = e.ErrorId == DataErrorIds.DataFolderNotFound || e.ErrorId == DataErrorIds.DataFileUnreadable || e.ErrorId == DataErrorIds.DataPathIsFile
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

            // Not DataErrorIds.InvalidDate: that names a bad date in a data file, this one a bad argument.
            var exception = new ArgumentException(
                $"Cannot use '{text}' as -{parameter}: {error}. Give a date as YYYY, YYYY-MM or YYYY-MM-DD (such as 1979, 2024-09 or 2024-09-20), an interval A/B, a [datetime], or a date-time such as 2024-09-15T10:00 (its day).");
            ThrowTerminatingError(new ErrorRecord(exception, "InvalidDateArgument", ErrorCategory.InvalidArgument, text));
            throw exception; // not reached
        }

        /// <summary>The error Get-Item writes for a plain name that matches nothing, with the nearest real name where one is close.</summary>
        protected void WriteNotFound(IEnumerable<NameNotFound> notFound)
        {
            foreach (var name in notFound)
            {
                WriteError(new ErrorRecord(new ItemNotFoundException(name.Message), name.ErrorId, ErrorCategory.ObjectNotFound, name.Name));
            }
        }
    }
}
