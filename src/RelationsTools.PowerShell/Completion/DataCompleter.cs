using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Management.Automation.Runspaces;
using RelationsTools.Data;
using RelationsTools.Model;
using RelationsTools.Query;

namespace RelationsTools.PowerShell
{
    /// <summary>
    /// Tab completion from the data the command will read: the folder of -DataPath when it is on the command
    /// line, else the bundled data. Offers each candidate whose text (or, for actors, name or alias) starts
    /// with what was typed, quoted when it holds a space. Never throws at the prompt: a broken folder simply
    /// completes nothing, and the command itself reports the problem.
    /// </summary>
    public abstract class DataCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var typed = new TextPattern(wordToComplete.Trim('\'', '"') + "*", ignoreDiacritics: true);
            List<Candidate> candidates;
            try
            {
                candidates = Candidates(OpenData(fakeBoundParameters)).Where(c => c.MatchTexts.Any(typed.IsMatch)).ToList();
            }
            catch (Exception e) when (e is DataFileException || e is IOException || e is UnauthorizedAccessException || e is ArgumentException)
            {
                return Enumerable.Empty<CompletionResult>();
            }

            return candidates.Select(c => new CompletionResult(
                c.Text.IndexOf(' ') >= 0 ? "'" + c.Text + "'" : c.Text, c.Text, CompletionResultType.ParameterValue, c.ToolTip));
        }

        protected abstract IEnumerable<Candidate> Candidates(CompletionData data);

        private static CompletionData OpenData(IDictionary fakeBoundParameters)
        {
            if (!(fakeBoundParameters?["DataPath"] is string dataPath) || dataPath.Length == 0)
            {
                var bundled = RelationsData.Bundled;
                return new CompletionData(bundled.Sources, bundled.Actors, bundled.Events, bundled.Claims);
            }

            var quiet = new ReadMonitor(_ => { }, _ => { });
            var folder = DataFolder.Open(ResolveAgainstCurrentLocation(dataPath), RelationsData.Bundled, quiet);
            return new CompletionData(folder.Sources, folder.Actors, folder.ReadEvents(quiet), folder.ReadClaims(quiet));
        }

        // The process's working folder is not PowerShell's current location: resolve a relative -DataPath the way the command will.
        private static string ResolveAgainstCurrentLocation(string path)
        {
            if (Path.IsPathRooted(path))
            {
                return path;
            }

            string? location = Runspace.DefaultRunspace?.SessionStateProxy.Path.CurrentFileSystemLocation.ProviderPath;
            return location is null ? Path.GetFullPath(path) : Path.Combine(location, path);
        }

        /// <summary>What completion can draw on: lists for the bundled data, streams for a user's folder.</summary>
        protected sealed class CompletionData
        {
            public CompletionData(IEnumerable<RelationsSource> sources, IEnumerable<Actor> actors, IEnumerable<RelationsEvent> events, IEnumerable<Claim> claims)
            {
                Sources = sources;
                Actors = actors;
                Events = events;
                Claims = claims;
            }

            public IEnumerable<RelationsSource> Sources { get; }

            public IEnumerable<Actor> Actors { get; }

            public IEnumerable<RelationsEvent> Events { get; }

            public IEnumerable<Claim> Claims { get; }
        }

        protected readonly struct Candidate
        {
            public Candidate(string text, string toolTip, params string[] alsoMatches)
            {
                Text = text;
                ToolTip = toolTip.Length > 0 ? toolTip : text;
                MatchTexts = new[] { text }.Concat(alsoMatches);
            }

            public string Text { get; }

            public string ToolTip { get; }

            public IEnumerable<string> MatchTexts { get; }
        }
    }
}
