using System;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using System.Text;
using RelationsTools.Model;
using RelationsTools.Query;
using RelationsTools.Report;

namespace RelationsTools.PowerShell
{
    /// <summary>
    /// Export-RelationsReport: one self-contained HTML file with a timeline of the events, a chart of the trade
    /// figures, the comparison of the sources' claims and the source list, for the bundled data or -DataPath, or for
    /// exactly the events, figures and claims piped in.
    /// </summary>
    /// <remarks>
    /// The page is built in memory and only then written, so nothing that stops the command while it reads
    /// the data (a bad row under -ErrorAction Stop, Ctrl+C, an exception) has touched the file system.
    /// </remarks>
    [Cmdlet(VerbsData.Export, "RelationsReport", SupportsShouldProcess = true, DefaultParameterSetName = PathSet)]
    [OutputType(typeof(FileInfo))]
    public sealed class ExportRelationsReportCommand : RelationsCmdlet
    {
        private const string DefaultFileName = "RelationsReport.html";
        private const string PathSet = "Path";
        private const string LiteralPathSet = "LiteralPath";

        private readonly List<RelationsEvent> events = new List<RelationsEvent>();
        private readonly List<TradeFigure> figures = new List<TradeFigure>();
        private readonly List<Claim> claims = new List<Claim>();
        private DateWindow window = DateWindow.Unbounded;
        private string target = string.Empty;

        /// <summary>The file to write, relative to the current location; a wildcard must name one existing file, as for Out-File.</summary>
        [Parameter(Position = 0, ParameterSetName = PathSet)]
        [ValidateNotNullOrEmpty]
        [SupportsWildcards]
        public string Path { get; set; } = DefaultFileName;

        /// <summary>The file to write, taken as it is: no character is a wildcard.</summary>
        [Parameter(Mandatory = true, ParameterSetName = LiteralPathSet)]
        [ValidateNotNullOrEmpty]
        [Alias("PSPath", "LP")]
        public string LiteralPath { get; set; } = string.Empty;

        [Parameter]
        [DateArgument]
        [ArgumentCompleter(typeof(DateCompleter))]
        public string? From { get; set; }

        [Parameter]
        [DateArgument]
        [ArgumentCompleter(typeof(DateCompleter))]
        public string? To { get; set; }

        /// <summary>Only what at least one document of these kinds states: events, figures and the claims compared.</summary>
        [Parameter]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(SourceKindCompleter))]
        public string[]? SourceKind { get; set; }

        // Typed, so that PowerShell binds each record to its own parameter and refuses anything else (a string, a
        // source, a row of Import-Csv) with its own binding error: a report is made of records, not of names.

        /// <summary>Events for a report of a selection; binds piped events.</summary>
        [Parameter(ValueFromPipeline = true)]
        [ValidateNotNull]
        public RelationsEvent[]? Event { get; set; }

        /// <summary>Trade figures for a report of a selection; binds piped figures.</summary>
        [Parameter(ValueFromPipeline = true)]
        [ValidateNotNull]
        public TradeFigure[]? TradeFigure { get; set; }

        /// <summary>Claims for a report of a selection; binds piped claims.</summary>
        [Parameter(ValueFromPipeline = true)]
        [ValidateNotNull]
        public Claim[]? Claim { get; set; }

        /// <summary>The report's title, in the browser's tab and the page's heading.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Title { get; set; }

        /// <summary>Overwrites an existing file.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void Begin()
        {
            window = ParseWindow(From, To);

            // A report leaving out a kind that was mistyped would be a wrong report, not a smaller one: stop before writing.
            foreach (var kind in new SourceKindFilter(SourceKind).NotFound())
            {
                Stop(new ItemNotFoundException(kind.Message), kind.ErrorId, ErrorCategory.ObjectNotFound, kind.Name);
            }

            target = ResolveTarget();
            if (Directory.Exists(target))
            {
                Stop(new IOException($"Cannot write the report to '{target}': it is a folder. Give a file name, such as {System.IO.Path.Combine(target, DefaultFileName)}."), "ReportPathIsFolder", ErrorCategory.InvalidArgument);
            }

            string? folder = System.IO.Path.GetDirectoryName(target);
            if (!string.IsNullOrEmpty(folder) && !Directory.Exists(folder))
            {
                Stop(new DirectoryNotFoundException($"Cannot write the report to '{target}': the folder '{folder}' does not exist."), "ReportFolderNotFound", ErrorCategory.ObjectNotFound);
            }
        }

        // Events, figures and claims piped together make one report of all of them.
        private protected override bool OneKindPiped => false;

        /// <summary>A pipeline, or -Event, -TradeFigure or -Claim, asks for a report of those records, never of all the data.</summary>
        private bool IsSelection => MyInvocation.ExpectingInput || MyInvocation.BoundParameters.ContainsKey(nameof(Event)) || MyInvocation.BoundParameters.ContainsKey(nameof(TradeFigure)) || MyInvocation.BoundParameters.ContainsKey(nameof(Claim));

        protected override void Process()
        {
            events.AddRange(Event ?? Array.Empty<RelationsEvent>());
            figures.AddRange(TradeFigure ?? Array.Empty<TradeFigure>());
            claims.AddRange(Claim ?? Array.Empty<Claim>());
        }

        protected override void End()
        {
            if (IsSelection && events.Count == 0 && figures.Count == 0 && claims.Count == 0)
            {
                // An empty pipeline, or one whose objects were all refused with a binding error: a report of nothing
                // would look like an answer, and one of all the data would answer another question.
                Stop(new ArgumentException("Nothing to report: no event, trade figure or claim was piped in (or given to -Event, -TradeFigure or -Claim). Pipe the records to report, or run Export-RelationsReport alone for a report of all the data."), "ReportSelectionEmpty", ErrorCategory.InvalidArgument);
            }

            // As Out-File and New-Item: -WhatIf says what the command would do, even where a real run stops.
            bool exists = File.Exists(target);
            string action = !exists ? "Write a RelationsTools report"
                : Force ? "Overwrite the existing file with a RelationsTools report"
                : "Overwrite the existing file with a RelationsTools report (without -Force the command stops with ReportFileExists instead)";
            if (!ShouldProcess(target, action))
            {
                return;
            }

            if (exists && !Force)
            {
                Stop(new IOException($"The file '{target}' already exists. Use -Force to overwrite it."), "ReportFileExists", ErrorCategory.ResourceExists);
            }

            string html = Render();
            WriteFile(html);
            WriteObject(SessionState.InvokeProvider.Item.Get(new[] { target }, force: true, literalPath: true), enumerateCollection: true);
        }

        /// <summary>The report as a string; a data problem that stops the command stops it here, before any file is touched.</summary>
        private string Render()
        {
            var content = IsSelection ? ReportContent.Of(Data, window, events, figures, claims, SourceKind) : ReportContent.From(Data, window, Reporter, SourceKind);
            if (Title != null)
            {
                content.Title = Title;
            }

            if (content.SourcesNotFound.Count > 0)
            {
                WriteWarning($"The records piped in cite sources that {(DataPath is null ? "the bundled dataset" : "the -DataPath folder")} does not have ({string.Join(", ", content.SourcesNotFound)}); the report lists them as not in the sources table. Give the -DataPath of the query that made the records.");
            }

            using (var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture))
            {
                HtmlReport.Write(writer, content);
                return writer.ToString();
            }
        }

        /// <summary>
        /// Writes the page beside the target and moves it into place, so a failed write leaves an existing report as
        /// it was; the temporary file never outlives the command, and no message names it.
        /// </summary>
        private void WriteFile(string html)
        {
            string folder = System.IO.Path.GetDirectoryName(target) ?? string.Empty;
            string partial = System.IO.Path.Combine(folder, "." + System.IO.Path.GetFileName(target) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".partial");
            try
            {
                File.WriteAllText(partial, html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                if (Stopping)
                {
                    throw new PipelineStoppedException();
                }

                if (File.Exists(target))
                {
                    File.Replace(partial, target, destinationBackupFileName: null);
                }
                else
                {
                    File.Move(partial, target);
                }
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                string reason = e is UnauthorizedAccessException ? "access is denied" : e.Message.Replace(partial, target);
                Stop(new IOException($"Cannot write the report to '{target}': {reason}"), "ReportFileUnwritable", ErrorCategory.WriteError);
            }
            finally
            {
                TryDelete(partial);
            }
        }

        /// <summary>
        /// The file system path of -Path or -LiteralPath. As Out-File: -LiteralPath is taken as it is; -Path is taken
        /// as it is unless it holds a wildcard, which must match exactly one existing item.
        /// </summary>
        private string ResolveTarget()
        {
            string given = ParameterSetName == LiteralPathSet ? LiteralPath : Path;
            PathArgument.RefuseInvalidCharacters(this, given, ParameterSetName);
            ProviderInfo provider;
            string resolved;
            try
            {
                if (ParameterSetName == PathSet && WildcardPattern.ContainsWildcardCharacters(Path))
                {
                    var matches = SessionState.Path.GetResolvedProviderPathFromPSPath(Path, out provider);
                    if (matches.Count > 1)
                    {
                        Stop(new ArgumentException($"Cannot write the report to '{Path}': the wildcard pattern matches {matches.Count} items ({string.Join(", ", matches)}), and a report is one file. Give one file name, or use -LiteralPath."), "ReportPathAmbiguous", ErrorCategory.InvalidArgument, Path);
                    }

                    resolved = matches.Count == 1 ? matches[0] : throw new ItemNotFoundException();
                }
                else
                {
                    resolved = SessionState.Path.GetUnresolvedProviderPathFromPSPath(given, out provider, out _);
                }
            }
            catch (SessionStateException e)
            {
                string reason = e is ItemNotFoundException
                    ? "the wildcard pattern matches no file, and -Path writes to an existing file only when a wildcard names it. To write a file whose name holds [ ] * or ?, use -LiteralPath."
                    : e.Message;
                Stop(new ItemNotFoundException($"Cannot write the report to '{given}': {reason}"), "ReportPathNotFound", ErrorCategory.ObjectNotFound, given);
                throw; // not reached
            }

            if (!string.Equals(provider.Name, "FileSystem", StringComparison.OrdinalIgnoreCase))
            {
                Stop(new ArgumentException($"Cannot write the report to '{given}': it is a path of the {provider.Name} provider, and a report is a file. Give a file system path."), "ReportPathNotFileSystem", ErrorCategory.InvalidArgument, given);
            }

            return resolved;
        }

        private void Stop(Exception exception, string errorId, ErrorCategory category)
            => Stop(exception, errorId, category, target);

        private void Stop(Exception exception, string errorId, ErrorCategory category, object target)
            => ThrowTerminatingError(new ErrorRecord(exception, errorId, category, target));

        private static void TryDelete(string file)
        {
            try
            {
                File.Delete(file);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                // Nothing more to do: the error that matters is the one being reported.
            }
        }
    }
}
