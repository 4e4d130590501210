using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Factbook.Generator.Content;
using Factbook.Generator.Diagnostics;
using Factbook.Generator.Naming;
using Factbook.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Factbook.Generator
{
    /// <summary>
    /// Checks ids written as strings in C#: the argument of a generated <c>Get</c> or <c>TryGet</c>, and of a
    /// generated <c>[PlaceRef("…")]</c> attribute. An id that names no entry is FB0040 at the literal, with
    /// the closest id. Content is read from the same additional files as the generator, once per distinct
    /// set of file versions.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class StringIdAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>The diagnostic property that carries the suggested id, for the code fix.</summary>
        public const string SuggestionProperty = "Suggestion";

        private const string GeneratedCodeAttribute = "System.CodeDom.Compiler.GeneratedCodeAttribute";

        /// <summary>The last content read, keyed by the checksums of its files: the IDE reuses it on every keystroke.</summary>
        private static readonly ConcurrentDictionary<string, IdIndex> Cache = new(StringComparer.Ordinal);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(DiagnosticDescriptors.UnknownIdInCode);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var index = IdIndex.For(start.Options.AdditionalFiles, start.CancellationToken);
                if (index.IsEmpty)
                {
                    return;
                }

                // Whether a type is Factbook's is asked for every call in the project: answer once per type.
                var factbookTypes = new ConcurrentDictionary<INamedTypeSymbol, bool>(SymbolEqualityComparer.Default);
                bool IsFactbook(INamedTypeSymbol type) => factbookTypes.GetOrAdd(type, IsFactbookType);
                start.RegisterOperationAction(operation => AnalyzeInvocation(operation, index, IsFactbook), OperationKind.Invocation);
                start.RegisterOperationAction(operation => AnalyzeAttribute(operation, index, IsFactbook), OperationKind.Attribute);
            });
        }

        private static void AnalyzeInvocation(OperationAnalysisContext context, IdIndex index, Func<INamedTypeSymbol, bool> isFactbook)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var method = invocation.TargetMethod;
            // Only the generated signatures, Get(string id) and TryGet(string id, out T entry): a Get of the
            // user's own in the partial class is not ours to check. The id is found by its parameter, so
            // named arguments in any order are checked too.
            var generated = (method.Name == "Get" && method.Parameters.Length == 1) ||
                (method.Name == "TryGet" && method.Parameters.Length == 2 && method.Parameters[1].RefKind == RefKind.Out);
            if (!generated || !method.IsStatic || method.Parameters[0].Name != "id" || !isFactbook(method.ContainingType))
            {
                return;
            }

            var idArgument = invocation.Arguments.FirstOrDefault(candidate => SymbolEqualityComparer.Default.Equals(candidate.Parameter, method.Parameters[0]));
            if (idArgument is null)
            {
                return;
            }

            var argument = idArgument.Value;
            if (argument.Type?.SpecialType == SpecialType.System_String && argument.ConstantValue is { HasValue: true, Value: string id })
            {
                Check(context.ReportDiagnostic, index, method.ContainingType.Name, id, argument.Syntax.GetLocation());
            }
        }

        private static void AnalyzeAttribute(OperationAnalysisContext context, IdIndex index, Func<INamedTypeSymbol, bool> isFactbook)
        {
            if (context.Operation is not IAttributeOperation { Operation: IObjectCreationOperation creation } || creation.Constructor?.ContainingType is not { } attribute ||
                !attribute.Name.EndsWith("RefAttribute", StringComparison.Ordinal) || !isFactbook(attribute) || creation.Arguments.Length == 0)
            {
                return;
            }

            var argument = creation.Arguments[0].Value;
            var typeName = attribute.Name.Substring(0, attribute.Name.Length - "RefAttribute".Length);
            if (argument.ConstantValue is { HasValue: true, Value: string id } && index.CollectionOfType(typeName) is { } collection)
            {
                Check(context.ReportDiagnostic, index, collection, id, argument.Syntax.GetLocation());
            }
        }

        private static void Check(Action<Diagnostic> report, IdIndex index, string collectionClass, string id, Location location)
        {
            if (!index.Collections.TryGetValue(collectionClass, out var collection) || collection.Ids.Contains(id))
            {
                return;
            }

            var closest = collection.Suggestions.Closest(id);
            var properties = closest is null ? ImmutableDictionary<string, string?>.Empty : ImmutableDictionary<string, string?>.Empty.Add(SuggestionProperty, closest);
            report(Diagnostic.Create(
                DiagnosticDescriptors.UnknownIdInCode,
                location,
                properties,
                MessageText.Quote(id),
                collection.TypeName,
                collection.CollectionName,
                closest is null ? string.Empty : " (did you mean '" + MessageText.Escape(closest) + "'?)"));
        }

        private static bool IsFactbookType(INamedTypeSymbol type) =>
            type.GetAttributes().Any(attribute =>
                attribute.AttributeClass is { Name: "GeneratedCodeAttribute" } attributeClass &&
                attributeClass.ToDisplayString() == GeneratedCodeAttribute &&
                attribute.ConstructorArguments.Length > 0 &&
                attribute.ConstructorArguments[0].Value is Emit.EmitContext.ToolName);

        /// <summary>The ids of every collection, by the name of the generated collection class.</summary>
        private sealed class IdIndex
        {
            private static readonly IdIndex Empty = new(new Dictionary<string, CollectionIds>());

            private IdIndex(Dictionary<string, CollectionIds> collections) => Collections = collections;

            public Dictionary<string, CollectionIds> Collections { get; }

            public bool IsEmpty => Collections.Count == 0;

            public string? CollectionOfType(string typeName) =>
                Collections.Values.FirstOrDefault(collection => collection.TypeName == typeName)?.CollectionClass;

            public static IdIndex For(ImmutableArray<AdditionalText> files, CancellationToken cancellationToken)
            {
                var yaml = files.Where(file => ParsedYamlFile.IsYamlPath(file.Path)).OrderBy(file => file.Path, StringComparer.Ordinal).ToList();
                if (yaml.Count == 0)
                {
                    return Empty;
                }

                var texts = yaml.Select(file => (file.Path, Text: file.GetText(cancellationToken))).ToList();
                var key = string.Join("|", texts.Select(file => file.Path + "#" + (file.Text is null ? string.Empty : Convert.ToBase64String(file.Text.GetChecksum().ToArray()))));
                if (Cache.TryGetValue(key, out var cached))
                {
                    return cached;
                }

                var loaded = ContentLoader.Load(texts.Select(file => (file.Path, file.Text?.ToString() ?? string.Empty)), ParseLimits.Default);
                var index = new IdIndex(loaded.Schema.Types.ToDictionary(
                    type => type.CollectionClass,
                    type => new CollectionIds(type.Name, type.CollectionName, type.CollectionClass, loaded.KnownIds.TryGetValue(type.CollectionName, out var ids) ? ids : new HashSet<string>(StringComparer.Ordinal))));
                Cache.Clear();
                Cache[key] = index;
                return index;
            }
        }

        private sealed record CollectionIds(string TypeName, string CollectionName, string CollectionClass, HashSet<string> Ids)
        {
            private SuggestionIndex? _suggestions;

            /// <summary>Built on the first unknown id, then shared by every check of this compilation.</summary>
            public SuggestionIndex Suggestions => _suggestions ??= new SuggestionIndex(Ids);
        }
    }
}
