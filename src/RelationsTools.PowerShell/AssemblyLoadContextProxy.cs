using System.Reflection;
using System.Runtime.ExceptionServices;

namespace RelationsTools.PowerShell
{
    /// <summary>
    /// System.Runtime.Loader.AssemblyLoadContext through reflection: this DLL targets netstandard2.0, which
    /// does not have the type, and Windows PowerShell's .NET Framework has none at all.
    /// </summary>
    internal sealed class AssemblyLoadContextProxy
    {
        private readonly object context;
        private readonly MethodInfo loadFromAssemblyPath;

        private AssemblyLoadContextProxy(object context, MethodInfo loadFromAssemblyPath)
        {
            this.context = context;
            this.loadFromAssemblyPath = loadFromAssemblyPath;
        }

        public Assembly LoadFromAssemblyPath(string path)
        {
            try
            {
                return (Assembly)loadFromAssemblyPath.Invoke(context, new object[] { path })!;
            }
            catch (TargetInvocationException e) when (e.InnerException != null)
            {
                ExceptionDispatchInfo.Capture(e.InnerException).Throw();
                throw; // not reached
            }
        }

        /// <summary>A new, non-collectible context named <paramref name="name"/>; null where the runtime has no AssemblyLoadContext.</summary>
        public static AssemblyLoadContextProxy? Create(string name)
        {
            var type = typeof(object).Assembly.GetType("System.Runtime.Loader.AssemblyLoadContext");
            var constructor = type?.GetConstructor(new[] { typeof(string), typeof(bool) });
            var load = type?.GetMethod("LoadFromAssemblyPath", new[] { typeof(string) });
            if (constructor is null || load is null)
            {
                return null;
            }

            return new AssemblyLoadContextProxy(constructor.Invoke(new object[] { name, false }), load);
        }
    }
}
