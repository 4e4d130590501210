using Fixed = Factbook.Generator.Naming.FixedNames;
using Private = Factbook.Generator.Naming.GeneratedNames.Private;

namespace Factbook.Generator.Emit
{
    /// <summary>
    /// Emits a type's collection class: <c>All</c>, <c>Count</c>, <c>Get</c>, <c>TryGet</c>, the reverse lookups of its
    /// references and the lookups of its indexed fields, over the tables that <see cref="TableEmitter"/> writes
    /// and <c>FactbookTable</c> decodes on first use.
    /// </summary>
    internal static class CollectionEmitter
    {
        public static void Emit(SourceWriter writer, TypeShape shape, EmitContext context)
        {
            var type = shape.Type;
            var record = context.Global(type.Name);
            var idEnum = context.Global(type.IdEnum);
            var list = FieldTypes.ReadOnlyList + "<" + record + ">";
            var notNullWhen = context.HasNotNullWhen ? "[global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] " : string.Empty;
            var notFound = CSharpText.StringLiteral("No " + type.Name + " in '" + type.CollectionName + "' has the id '");
            writer.Summary(CSharpText.XmlDocText("The '" + type.CollectionName + "' collection: every " + type.Name + " entry, and lookups over them."));
            writer.Line(TypeEmitter.GeneratedCode);
            writer.Open("public static partial class " + type.CollectionClass);

            // The shared machinery (lazy decoding by chunk, id index, reverse indexes) is FactbookTable.
            writer.Line($$"""
                private static readonly {{context.Global(SupportTypeNames.Table)}}<{{record}}> {{Private.Data}} = new({{Private.Total}}, {{FieldTypes.Number(TableEmitter.ChunkSize)}}, {{Private.Table}}, {{record}}.{{GeneratedNames.Plumbing}}.{{Private.Fill}}, {{context.IdListText(Fixed.IdsConstant)}}, static item => item.{{GeneratedNames.IsRetired}});

                /// <summary>How many entries there are, not counting retired ones.</summary>
                public const int {{Fixed.Count}} = {{FieldTypes.Number(shape.CurrentCount)}};

                private const int {{Private.Total}} = {{FieldTypes.Number(shape.Count)}};

                /// <summary>Every entry that is not retired, in content order.</summary>
                public static {{list}} {{Fixed.All}} => {{Private.Data}}.Current;

                /// <summary>Every entry, retired ones included, in content order.</summary>
                public static {{list}} {{Fixed.AllIncludingRetired}} => {{Private.Data}}.Everything;

                /// <summary>The entry with this key.</summary>
                public static {{record}} {{Fixed.Get}}({{idEnum}} key) => {{Private.Data}}.At((int)key);

                /// <summary>The entry with this id.</summary>
                /// <exception cref="global::System.Collections.Generic.KeyNotFoundException">No entry has the id.</exception>
                public static {{record}} {{Fixed.Get}}(string {{Fixed.IdParameter}}) =>
                    {{Fixed.TryGet}}({{Fixed.IdParameter}}, out var entry) ? entry! : throw new global::System.Collections.Generic.KeyNotFoundException({{notFound}} + {{Fixed.IdParameter}} + "'.");

                /// <summary>Finds the entry with this id, if there is one.</summary>
                public static bool {{Fixed.TryGet}}(string {{Fixed.IdParameter}}, {{notNullWhen}}out {{record}}? entry)
                {
                    entry = {{Private.Data}}.KeyOf({{Fixed.IdParameter}}) is { } key ? {{Private.Data}}.At(key) : null;
                    return entry is not null;
                }

                private static {{record}} {{Private.At}}(int key) => {{Private.Data}}.At(key);
                """);
            foreach (var field in GeneratedNames.ReverseLookups(type))
            {
                WriteReverseLookup(writer, type, field, context);
            }

            foreach (var path in type.IndexedPaths)
            {
                WriteIndexLookup(writer, type, path, context);
            }

            WriteTableSwitch(writer, shape, context);
            writer.Close();
        }

        private static void WriteReverseLookup(SourceWriter writer, TypeSpec type, FieldSpec field, EmitContext context)
        {
            var record = context.Global(type.Name);
            var target = context.Global(field.TypeName);
            var name = GeneratedNames.Lookup(field);
            var cache = GeneratedNames.LookupCache(field);
            var list = FieldTypes.ReadOnlyList + "<" + record + ">";
            var table = context.Global(SupportTypeNames.Table) + "<" + record + ">";
            writer.Line($$"""

                /// <summary>Every {{type.Name}} whose <see cref="{{type.Name}}.{{field.PropertyName}}"/> {{(field.IsList ? "includes" : "is")}} <paramref name="target"/>, in content order.</summary>
                public static {{list}} {{name}}({{target}} target)
                {
                    if (target is null)
                    {
                        throw new global::System.ArgumentNullException(nameof(target));
                    }

                    return {{table}}.Referrers({{cache}} ??= {{Private.Data}}.IndexBy({{record}}.{{GeneratedNames.Plumbing}}.{{GeneratedNames.KeysOf(field)}}), (int)target.{{GeneratedNames.Key}});
                }

                private static {{list}}[]? {{cache}};
                """);
        }

        /// <summary>
        /// <c>Advisories.ByGem("actionpack")</c>: the entries with a value of a field with <c>index: true</c>;
        /// <c>ByAffectedPackageName("django")</c> for one below nested objects and lists.
        /// </summary>
        private static void WriteIndexLookup(SourceWriter writer, TypeSpec type, IndexPath path, EmitContext context)
        {
            var field = path.Field;
            var record = context.Global(type.Name);
            var list = FieldTypes.ReadOnlyList + "<" + record + ">";
            var key = FieldTypes.ElementType(field, context);
            var name = path.LookupName;
            var cache = GeneratedNames.LookupCache(path);
            var keys = path.Fields.Count > 1 ? NestedKeys(path, context)
                : field.IsList ? "item." + field.PropertyName
                : field.IsNullable ? "item." + field.PropertyName + " is { } key ? new[] { key } : global::System.Array.Empty<" + key + ">()"
                : "new[] { item." + field.PropertyName + " }";
            var where = path.Fields.Count > 1 ? "has <c>" + string.Join(".", path.Fields.Select(step => step.Name + (step.IsList ? "[]" : string.Empty))) + "</c>" : field.IsList ? "includes" : "is";
            var what = path.Fields.Count > 1 ? string.Empty : "<see cref=\"" + type.Name + "." + field.PropertyName + "\"/> ";
            if (field.IsUnique)
            {
                // One entry at most has each value: the build refuses a second (FB0052).
                writer.Line($$"""

                    /// <summary>The {{type.Name}} whose {{what}}is <paramref name="value"/>, or null when none is.</summary>
                    public static {{record}}? {{name}}({{key}} value) =>
                        {{context.Global(SupportTypeNames.Table)}}<{{record}}>.Matching({{cache}} ??= {{Private.Data}}.GroupBy<{{key}}>(static item => {{keys}}), value) is { Count: > 0 } found ? found[0] : null;

                    private static global::System.Collections.Generic.Dictionary<{{key}}, {{list}}>? {{cache}};
                    """);
                return;
            }

            writer.Line($$"""

                /// <summary>Every {{type.Name}} whose {{what}}{{where}} <paramref name="value"/>, in content order.</summary>
                public static {{list}} {{name}}({{key}} value) =>
                    {{context.Global(SupportTypeNames.Table)}}<{{record}}>.Matching({{cache}} ??= {{Private.Data}}.GroupBy<{{key}}>(static item => {{keys}}), value);

                private static global::System.Collections.Generic.Dictionary<{{key}}, {{list}}>? {{cache}};
                """);
        }

        /// <summary>
        /// The values of a nested indexed field, from an entry down its path: a list steps into each item, an optional
        /// value that is absent gives nothing. <c>affected[].package.name</c> becomes
        /// <c>SelectMany(item.Affected, x => new[] { x.Package.Name })</c> in steps.
        /// </summary>
        private static string NestedKeys(IndexPath path, EmitContext context)
        {
            var values = "new[] { item }";
            foreach (var step in path.Fields)
            {
                var element = FieldTypes.ElementType(step, context);
                var select = step.IsList ? "static x => x." + step.PropertyName
                    : step.IsMap ? "static x => x." + step.PropertyName + ".Values"
                    : step.IsNullable ? "static x => x." + step.PropertyName + " is { } present ? new[] { present } : global::System.Array.Empty<" + element + ">()"
                    : "static x => new[] { x." + step.PropertyName + " }";
                values = "global::System.Linq.Enumerable.SelectMany(" + values + ", " + select + ")";
            }

            return values;
        }

        /// <summary>The chunk number → table constant switch the collection's <c>FactbookTable</c> reads through.</summary>
        private static void WriteTableSwitch(SourceWriter writer, TypeShape shape, EmitContext context)
        {
            writer.Line();
            writer.Line("private static byte[] " + Private.Table + "(int chunk) => chunk switch");
            writer.Line("{");
            for (var chunk = 0; chunk * TableEmitter.ChunkSize < shape.Count; chunk++)
            {
                writer.Line("    " + chunk.ToString(CultureInfo.InvariantCulture) + " => " + context.TableBytes(TableEmitter.ConstantName(chunk)) + ",");
            }

            writer.Line("    _ => global::System.Array.Empty<byte>(),");
            writer.Line("};");
        }
    }
}
