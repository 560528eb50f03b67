using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using RelationsTools.Data;
using RelationsTools.Query;

namespace RelationsTools.PowerShell
{
    /// <summary>
    /// Tab completion from the data the command will read: the folder of -DataPath when it is on the command
    /// line, else the bundled data. Offers each candidate whose text (or, for actors, name or alias) starts
    /// with what was typed, quoted when it holds a space. Never throws at the prompt: a broken folder simply
    /// completes nothing, and the command itself reports the problem.
    /// </summary>
    internal abstract class DataCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var typed = new TextPattern(wordToComplete.Trim('\'', '"') + "*", ignoreDiacritics: true);
            List<Candidate> candidates;
            try
            {
                candidates = Candidates(OpenData(fakeBoundParameters)).Where(c => c.MatchTexts.Any(typed.IsMatch)).ToList();
            }
            catch (Exception e) when (e is DataFileException || e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is RuntimeException || e is InvalidOperationException)
            {
                return Enumerable.Empty<CompletionResult>();
            }

            return candidates.Select(c => new CompletionResult(Quoted(c.Text), c.Text, CompletionResultType.ParameterValue, c.ToolTip));
        }

        protected abstract IEnumerable<Candidate> Candidates(DataStore data);

        /// <summary>A quiet reader for completion: a broken row simply offers nothing.</summary>
        protected static ReadMonitor Quiet { get; } = new ReadMonitor(_ => { }, _ => { });

        // A value PowerShell would split or read as code goes in single quotes, with any quote in it doubled
        // (curly ones too, which PowerShell also reads as quotes).
        private static string Quoted(string text)
        {
            bool plain = text.Length > 0 && text.All(c => char.IsLetterOrDigit(c) || c == '-' || c == '_' || c == '.');
            return plain ? text : "'" + CodeGeneration.EscapeSingleQuotedStringContent(text) + "'";
        }

        private static DataStore OpenData(IDictionary fakeBoundParameters)
        {
            if (!(fakeBoundParameters?["DataPath"] is string dataPath) || dataPath.Length == 0)
            {
                return RelationsData.Bundled;
            }

            bool includeBundled = fakeBoundParameters["IncludeBundled"] switch
            {
                SwitchParameter s => s.IsPresent,
                bool b => b,
                _ => false,
            };
            return DataFolder.Open(ResolveAgainstCurrentLocation(dataPath), RelationsData.Bundled, Quiet, includeBundled);
        }

        // The process's working folder is not PowerShell's current location, and a completer is given no session state
        // (the default runspace's proxy has none while the completion runs): a nested pipeline on the current runspace
        // resolves -DataPath as the command will, relative, '~', '..' and drives alike.
        private static string ResolveAgainstCurrentLocation(string path)
        {
            using (var powerShell = System.Management.Automation.PowerShell.Create(RunspaceMode.CurrentRunspace))
            {
                var resolved = powerShell
                    .AddScript("param($Path) $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($Path)")
                    .AddArgument(path)
                    .Invoke<string>();
                return resolved.Count == 1 ? resolved[0] : throw new ArgumentException($"Cannot resolve '{path}'.");
            }
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
