using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Reflection;

namespace RelationsTools.PowerShell
{
    /// <summary>
    /// PowerShell's TypeAccelerators, which are internal: found by reflection, and left alone where they cannot be
    /// (the module then still works; only type names in scripts do not resolve).
    /// </summary>
    internal static class TypeAccelerators
    {
        public static void AddAll(IEnumerable<Type> types)
        {
            var accelerators = typeof(PSObject).Assembly.GetType("System.Management.Automation.TypeAccelerators");
            var add = accelerators?.GetMethod("Add", BindingFlags.Public | BindingFlags.Static, null, new[] { typeof(string), typeof(Type) }, null);
            if (add is null)
            {
                return;
            }

            foreach (var type in types)
            {
                if (type.FullName != null && !type.IsNested)
                {
                    add.Invoke(null, new object[] { type.FullName, type });
                }
            }
        }
    }
}
