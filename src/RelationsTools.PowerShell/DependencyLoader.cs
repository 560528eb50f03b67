using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;

namespace RelationsTools.PowerShell
{
    /// <summary>
    /// Answers this module's requests for its dependencies, and only those. Registered once per process:
    /// the DLL stays loaded for the life of the process anyway, and several runspaces may import the
    /// module at once, so removing the handler when one of them removes the module would break the others.
    /// </summary>
    internal static class DependencyLoader
    {
        private const string ContextName = "RelationsTools";
        private const string CoreAssemblyName = "RelationsTools.Core";

        private static readonly object Gate = new object();
        private static readonly Assembly Self = typeof(DependencyLoader).Assembly;
        private static Dictionary<string, Assembly>? loaded;

        /// <summary>
        /// The folder the module's dependencies load from, beside the folder of this DLL: <c>dependencies.net10.0-linux-x64</c>
        /// (say) when the build left ReadyToRun images there for this runtime's major version and this platform, which
        /// are the only ones a ReadyToRun image serves; else <c>dependencies</c>, the IL that runs anywhere.
        /// </summary>
        internal static string DependencyFolder
        {
            get
            {
                string module = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Self.Location) ?? ".", ".."));
                string? platform = Platform();
                string precompiled = Path.Combine(module, $"dependencies.net{Environment.Version.Major}.0-{platform}");
                return platform != null && Directory.Exists(precompiled) ? precompiled : Path.Combine(module, "dependencies");
            }
        }

        // The runtime identifier the SDK gives this OS and process architecture (linux-x64, win-arm64, osx-arm64).
        private static string? Platform()
        {
            string? os = RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? "win"
                : RuntimeInformation.IsOSPlatform(OSPlatform.Linux) ? "linux"
                : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? "osx"
                : null;
            string? architecture = RuntimeInformation.ProcessArchitecture switch
            {
                Architecture.X64 => "x64",
                Architecture.Arm64 => "arm64",
                Architecture.X86 => "x86",
                Architecture.Arm => "arm",
                _ => null,
            };
            return os is null || architecture is null ? null : os + "-" + architecture;
        }

        public static void Register()
        {
            lock (Gate)
            {
                if (loaded != null)
                {
                    return;
                }

                var context = AssemblyLoadContextProxy.Create(ContextName);
                loaded = LoadAll(DependencyFolder, context);
                AppDomain.CurrentDomain.AssemblyResolve += Resolve;
                if (context != null && loaded.TryGetValue(CoreAssemblyName, out var core))
                {
                    TypeAccelerators.AddAll(core.GetExportedTypes());
                }
            }
        }

        // Every dependency is loaded up front, into one context: a dependency's own references (Core's to
        // CsvHelper) are then found in that context first, before any same-named assembly in the default one.
        private static Dictionary<string, Assembly> LoadAll(string folder, AssemblyLoadContextProxy? context)
        {
            var assemblies = new Dictionary<string, Assembly>(StringComparer.OrdinalIgnoreCase);
            if (!Directory.Exists(folder))
            {
                return assemblies; // a broken layout: the cmdlets' own load errors will name the missing DLL
            }

            foreach (string file in Directory.GetFiles(folder, "*.dll"))
            {
                // Without an AssemblyLoadContext (Windows PowerShell) there is no isolation to be had: load as powershell.exe would.
                var assembly = context != null ? context.LoadFromAssemblyPath(file) : Assembly.LoadFrom(file);
                assemblies[assembly.GetName().Name!] = assembly;
            }

            return assemblies;
        }

        private static Assembly? Resolve(object? sender, ResolveEventArgs args)
        {
            var assemblies = loaded;
            string? name = new AssemblyName(args.Name).Name;
            if (assemblies is null || name is null || !assemblies.TryGetValue(name, out var assembly))
            {
                return null;
            }

            // The requesting assembly is known on .NET; answer only this module and its dependencies, so that
            // another module asking for "CsvHelper" gets its own, not ours.
            var requesting = args.RequestingAssembly;
            return requesting is null || requesting == Self || assemblies.ContainsValue(requesting) ? assembly : null;
        }
    }
}
