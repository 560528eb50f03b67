using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace RelationsTools.Tests
{
    /// <summary>
    /// Every type that each type of an assembly uses, read from its metadata: base types, interfaces, generic
    /// constraints, the signatures of fields, methods, properties and events, attributes (their arguments'
    /// <c>typeof</c> too), local variables, caught exceptions, and every token in every method body. So a use is
    /// found however the source spelled it: a <c>using</c> inside a namespace, a <c>global using</c>, an alias,
    /// a <c>var</c>, a lambda or an iterator (whose compiler-generated types count as their declaring type's).
    /// </summary>
    internal static class AssemblyDependencies
    {
        private static readonly Dictionary<short, OperandType> OperandTypes = typeof(OpCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => (OpCode)field.GetValue(null)!)
            .ToDictionary(code => code.Value, code => code.OperandType);

        /// <param name="assembly">A loaded assembly: its file is read, and the enums that its attributes' arguments take are looked up in it.</param>
        public static IReadOnlyList<TypeUse> Read(Assembly assembly)
        {
            using var stream = File.OpenRead(assembly.Location);
            using var pe = new PEReader(stream);
            var reader = pe.GetMetadataReader();
            var names = new TypeNames(reader, assembly);
            var uses = new List<TypeUse>();

            foreach (var handle in reader.TypeDefinitions)
            {
                var type = reader.GetTypeDefinition(handle);
                var from = names.Outermost(handle);
                string typeName = names.Of(handle).FullName;

                void Use(string member, IEnumerable<TypeName> used)
                {
                    foreach (var name in used)
                    {
                        uses.Add(new TypeUse(from.Namespace, typeName + member, name.Namespace, name.FullName, name.Assembly));
                    }
                }

                if (!type.BaseType.IsNil)
                {
                    Use(" (base type)", names.InHandle(type.BaseType));
                }

                foreach (var implementation in type.GetInterfaceImplementations())
                {
                    Use(" (interface)", names.InHandle(reader.GetInterfaceImplementation(implementation).Interface));
                }

                Use(" (generic constraint)", Constraints(reader, names, type.GetGenericParameters()));
                Use(" (attribute)", names.InAttributes(type.GetCustomAttributes()));

                foreach (var fieldHandle in type.GetFields())
                {
                    var field = reader.GetFieldDefinition(fieldHandle);
                    string member = "." + reader.GetString(field.Name);
                    Use(member, field.DecodeSignature(names, null));
                    Use(member, names.InAttributes(field.GetCustomAttributes()));
                }

                foreach (var propertyHandle in type.GetProperties())
                {
                    var property = reader.GetPropertyDefinition(propertyHandle);
                    string member = "." + reader.GetString(property.Name);
                    Use(member, Flatten(property.DecodeSignature(names, null)));
                    Use(member, names.InAttributes(property.GetCustomAttributes()));
                }

                foreach (var eventHandle in type.GetEvents())
                {
                    var @event = reader.GetEventDefinition(eventHandle);
                    Use("." + reader.GetString(@event.Name), names.InHandle(@event.Type));
                }

                foreach (var methodHandle in type.GetMethods())
                {
                    var method = reader.GetMethodDefinition(methodHandle);
                    string member = "." + reader.GetString(method.Name);
                    Use(member, Flatten(method.DecodeSignature(names, null)));
                    Use(member, names.InAttributes(method.GetCustomAttributes()));
                    Use(member, Constraints(reader, names, method.GetGenericParameters()));
                    foreach (var parameter in method.GetParameters())
                    {
                        Use(member, names.InAttributes(reader.GetParameter(parameter).GetCustomAttributes()));
                    }

                    if (method.RelativeVirtualAddress != 0)
                    {
                        Use(member, InBody(pe.GetMethodBody(method.RelativeVirtualAddress), reader, names));
                    }
                }
            }

            return uses;
        }

        private static IEnumerable<TypeName> Constraints(MetadataReader reader, TypeNames names, GenericParameterHandleCollection parameters)
            => parameters.SelectMany(parameter => reader.GetGenericParameter(parameter).GetConstraints())
                .SelectMany(constraint => names.InHandle(reader.GetGenericParameterConstraint(constraint).Type));

        private static IEnumerable<TypeName> Flatten(MethodSignature<ImmutableArray<TypeName>> signature)
            => signature.ReturnType.Concat(signature.ParameterTypes.SelectMany(parameter => parameter));

        // The local variables, the caught exceptions, and the type, method, field or signature behind every token of the IL.
        private static IEnumerable<TypeName> InBody(MethodBodyBlock body, MetadataReader reader, TypeNames names)
        {
            var used = new List<TypeName>();
            if (!body.LocalSignature.IsNil)
            {
                used.AddRange(reader.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(names, null).SelectMany(local => local));
            }

            foreach (var region in body.ExceptionRegions)
            {
                if (!region.CatchType.IsNil)
                {
                    used.AddRange(names.InHandle(region.CatchType));
                }
            }

            var il = body.GetILReader();
            while (il.RemainingBytes > 0)
            {
                short code = il.ReadByte();
                if (code == 0xFE)
                {
                    code = unchecked((short)(0xFE00 | il.ReadByte()));
                }

                switch (OperandTypes[code])
                {
                    case OperandType.InlineField:
                    case OperandType.InlineMethod:
                    case OperandType.InlineTok:
                    case OperandType.InlineType:
                    case OperandType.InlineSig:
                        used.AddRange(names.InHandle(MetadataTokens.EntityHandle(il.ReadInt32())));
                        break;
                    case OperandType.InlineSwitch:
                        int targets = il.ReadInt32(); // read first: 'Offset += 4 * ReadInt32()' would add to the offset from before the read
                        il.Offset += 4 * targets;
                        break;
                    case OperandType.InlineI8:
                    case OperandType.InlineR:
                        il.Offset += 8;
                        break;
                    case OperandType.InlineBrTarget:
                    case OperandType.InlineI:
                    case OperandType.InlineString:
                    case OperandType.ShortInlineR:
                        il.Offset += 4;
                        break;
                    case OperandType.InlineVar:
                        il.Offset += 2;
                        break;
                    case OperandType.ShortInlineBrTarget:
                    case OperandType.ShortInlineI:
                    case OperandType.ShortInlineVar:
                        il.Offset += 1;
                        break;
                }
            }

            return used;
        }

        /// <summary>A type's namespace and name, and its assembly when it is not the one read.</summary>
        internal readonly record struct TypeName(string Namespace, string Name, string? Assembly)
        {
            public string FullName => Namespace.Length == 0 ? Name : Namespace + "." + Name;
        }

        // Decodes signatures into the types they name: every type of a generic instantiation, an array's element, and so on.
        private sealed class TypeNames : ISignatureTypeProvider<ImmutableArray<TypeName>, object?>, ICustomAttributeTypeProvider<ImmutableArray<TypeName>>
        {
            private static readonly ImmutableArray<TypeName> None = ImmutableArray<TypeName>.Empty;
            private readonly MetadataReader reader;
            private readonly Assembly assembly;

            public TypeNames(MetadataReader reader, Assembly assembly)
            {
                this.reader = reader;
                this.assembly = assembly;
            }

            /// <summary>The type that declares <paramref name="handle"/>, following nesting outward: a lambda's closure is its method's type's.</summary>
            public TypeName Outermost(TypeDefinitionHandle handle)
            {
                var type = reader.GetTypeDefinition(handle);
                return type.GetDeclaringType().IsNil ? Of(handle) : Outermost(type.GetDeclaringType());
            }

            public TypeName Of(TypeDefinitionHandle handle)
            {
                var type = reader.GetTypeDefinition(handle);
                var outer = type.GetDeclaringType();
                string name = reader.GetString(type.Name);
                return outer.IsNil ? new TypeName(reader.GetString(type.Namespace), name, null) : Of(outer) with { Name = Of(outer).Name + "+" + name };
            }

            public TypeName Of(TypeReferenceHandle handle)
            {
                var type = reader.GetTypeReference(handle);
                string name = reader.GetString(type.Name);
                return type.ResolutionScope.Kind switch
                {
                    HandleKind.TypeReference => Of((TypeReferenceHandle)type.ResolutionScope) is var outer ? outer with { Name = outer.Name + "+" + name } : default,
                    HandleKind.AssemblyReference => new TypeName(reader.GetString(type.Namespace), name, reader.GetString(reader.GetAssemblyReference((AssemblyReferenceHandle)type.ResolutionScope).Name)),
                    _ => new TypeName(reader.GetString(type.Namespace), name, null),
                };
            }

            /// <summary>The types a handle found in a signature, an attribute or the IL names.</summary>
            public IEnumerable<TypeName> InHandle(EntityHandle handle)
            {
                switch (handle.Kind)
                {
                    case HandleKind.TypeDefinition:
                        return new[] { Of((TypeDefinitionHandle)handle) };
                    case HandleKind.TypeReference:
                        return new[] { Of((TypeReferenceHandle)handle) };
                    case HandleKind.TypeSpecification:
                        return reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(this, null);
                    case HandleKind.FieldDefinition:
                        var field = reader.GetFieldDefinition((FieldDefinitionHandle)handle);
                        return InHandle(field.GetDeclaringType()).Concat(field.DecodeSignature(this, null));
                    case HandleKind.MethodDefinition:
                        var method = reader.GetMethodDefinition((MethodDefinitionHandle)handle);
                        return InHandle(method.GetDeclaringType()).Concat(Flatten(method.DecodeSignature(this, null)));
                    case HandleKind.MemberReference:
                        var member = reader.GetMemberReference((MemberReferenceHandle)handle);
                        var signature = member.GetKind() == MemberReferenceKind.Method
                            ? Flatten(member.DecodeMethodSignature(this, null))
                            : member.DecodeFieldSignature(this, null);
                        return InHandle(member.Parent).Concat(signature);
                    case HandleKind.MethodSpecification:
                        var specification = reader.GetMethodSpecification((MethodSpecificationHandle)handle);
                        return InHandle(specification.Method).Concat(specification.DecodeSignature(this, null).SelectMany(argument => argument));
                    case HandleKind.StandaloneSignature:
                        var standalone = reader.GetStandaloneSignature((StandaloneSignatureHandle)handle);
                        return standalone.GetKind() == StandaloneSignatureKind.Method ? Flatten(standalone.DecodeMethodSignature(this, null)) : Enumerable.Empty<TypeName>();
                    default:
                        return Enumerable.Empty<TypeName>(); // a module reference: a P/Invoke's library, no type
                }
            }

            /// <summary>Each attribute's type, and the types its arguments name with <c>typeof</c>.</summary>
            public IEnumerable<TypeName> InAttributes(CustomAttributeHandleCollection attributes)
            {
                foreach (var handle in attributes)
                {
                    var attribute = reader.GetCustomAttribute(handle);
                    foreach (var type in InHandle(attribute.Constructor))
                    {
                        yield return type;
                    }

                    var value = attribute.DecodeValue(this);
                    foreach (var argument in value.FixedArguments.Concat(value.NamedArguments.Select(named => new CustomAttributeTypedArgument<ImmutableArray<TypeName>>(named.Type, named.Value))))
                    {
                        if (argument.Value is ImmutableArray<TypeName> named)
                        {
                            foreach (var type in named)
                            {
                                yield return type;
                            }
                        }
                    }
                }
            }

            public ImmutableArray<TypeName> GetTypeFromDefinition(MetadataReader metadata, TypeDefinitionHandle handle, byte rawTypeKind) => ImmutableArray.Create(Of(handle));

            public ImmutableArray<TypeName> GetTypeFromReference(MetadataReader metadata, TypeReferenceHandle handle, byte rawTypeKind) => ImmutableArray.Create(Of(handle));

            public ImmutableArray<TypeName> GetTypeFromSpecification(MetadataReader metadata, object? context, TypeSpecificationHandle handle, byte rawTypeKind)
                => metadata.GetTypeSpecification(handle).DecodeSignature(this, context);

            public ImmutableArray<TypeName> GetPrimitiveType(PrimitiveTypeCode typeCode) => None;

            public ImmutableArray<TypeName> GetGenericInstantiation(ImmutableArray<TypeName> genericType, ImmutableArray<ImmutableArray<TypeName>> typeArguments)
                => genericType.AddRange(typeArguments.SelectMany(argument => argument));

            public ImmutableArray<TypeName> GetArrayType(ImmutableArray<TypeName> elementType, ArrayShape shape) => elementType;

            public ImmutableArray<TypeName> GetSZArrayType(ImmutableArray<TypeName> elementType) => elementType;

            public ImmutableArray<TypeName> GetByReferenceType(ImmutableArray<TypeName> elementType) => elementType;

            public ImmutableArray<TypeName> GetPointerType(ImmutableArray<TypeName> elementType) => elementType;

            public ImmutableArray<TypeName> GetPinnedType(ImmutableArray<TypeName> elementType) => elementType;

            public ImmutableArray<TypeName> GetModifiedType(ImmutableArray<TypeName> modifier, ImmutableArray<TypeName> unmodifiedType, bool isRequired) => unmodifiedType.AddRange(modifier);

            public ImmutableArray<TypeName> GetFunctionPointerType(MethodSignature<ImmutableArray<TypeName>> signature) => Flatten(signature).ToImmutableArray();

            public ImmutableArray<TypeName> GetGenericMethodParameter(object? context, int index) => None;

            public ImmutableArray<TypeName> GetGenericTypeParameter(object? context, int index) => None;

            public ImmutableArray<TypeName> GetSystemType() => None;

            public ImmutableArray<TypeName> GetTypeFromSerializedName(string name)
            {
                // "Namespace.Outer+Inner, Assembly, Version=...": the namespace is what the rules need.
                string fullName = name.Split(',')[0].Trim();
                int dot = fullName.Split('+')[0].LastIndexOf('.');
                string? assembly = name.Contains(',') ? name.Split(',')[1].Trim() : null;
                return ImmutableArray.Create(dot < 0 ? new TypeName(string.Empty, fullName, assembly) : new TypeName(fullName.Substring(0, dot), fullName.Substring(dot + 1), assembly));
            }

            // An attribute's enum argument is stored as its underlying type, which the blob does not say: ask the loaded type.
            public PrimitiveTypeCode GetUnderlyingEnumType(ImmutableArray<TypeName> type)
            {
                var name = type.Single();
                var clr = (name.Assembly is null ? assembly.GetType(name.FullName) : Type.GetType(name.FullName + ", " + name.Assembly))
                    ?? throw new InvalidOperationException($"the enum {name.FullName} of an attribute's argument cannot be loaded, so its value cannot be read");
                return Type.GetTypeCode(Enum.GetUnderlyingType(clr)) switch
                {
                    TypeCode.Byte => PrimitiveTypeCode.Byte,
                    TypeCode.SByte => PrimitiveTypeCode.SByte,
                    TypeCode.Int16 => PrimitiveTypeCode.Int16,
                    TypeCode.UInt16 => PrimitiveTypeCode.UInt16,
                    TypeCode.UInt32 => PrimitiveTypeCode.UInt32,
                    TypeCode.Int64 => PrimitiveTypeCode.Int64,
                    TypeCode.UInt64 => PrimitiveTypeCode.UInt64,
                    _ => PrimitiveTypeCode.Int32,
                };
            }

            public bool IsSystemType(ImmutableArray<TypeName> type) => type.Length == 1 && type[0].Namespace == "System" && type[0].Name == "Type";
        }
    }
}
