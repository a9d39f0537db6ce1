using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SrmAnalyzers.Core
{
    /// <summary>
    /// Which types' code can call a wrapper at all (<see cref="WrapperCall"/>): only those get the
    /// wrapper check. Roslyn charges every analyzer that registers for calls in a type for each call
    /// of that type, and most types call no method of their own compilation that takes a parameter.
    /// </summary>
    /// <remarks>
    /// A wrapper is an ordinary method of the compilation with parameters, and a call names it
    /// (<c>Upload(</c>, <c>x.Upload(</c>, <c>Upload&lt;T&gt;(</c>), so a type whose files name none
    /// of those methods that way, other than where they are declared, calls none. Decided from the
    /// file's text and its member declarations, without walking or binding method bodies (a walk of
    /// every body's syntax cost more than the calls it saved): each file is indexed once per tree (an
    /// edit in the IDE re-indexes only the edited file), the names declared anywhere once per
    /// compilation, and each type once per compilation for every analyzer. The index over-counts
    /// (a name in a comment or string) and misses a call only when a comment stands between the
    /// name and its <c>(</c>; a collection
    /// initializer calls <c>Add</c> without naming it, so a compilation that declares an <c>Add</c>
    /// with parameters keeps the check everywhere.
    /// </remarks>
    internal sealed class WrapperCallers
    {
        private static readonly ConditionalWeakTable<SyntaxTree, FileNames> NamesByTree = new();

        [ThreadStatic]
        private static char[]? textBuffer;

        private readonly Compilation _compilation;
        private readonly Lazy<HashSet<int>> _parameterisedMethodNames;
        private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _mayCall = new(SymbolEqualityComparer.Default);

        public WrapperCallers(Compilation compilation)
        {
            _compilation = compilation;
            _parameterisedMethodNames = new Lazy<HashSet<int>>(CollectParameterisedMethodNames);
        }

        /// <summary>True when the code of <paramref name="type"/> may call a method of the compilation that takes parameters.</summary>
        public bool MayCallWrapper(INamedTypeSymbol type) => _mayCall.GetOrAdd(type, MayCallParameterisedMethod);

        private bool MayCallParameterisedMethod(INamedTypeSymbol type)
        {
            var candidates = _parameterisedMethodNames.Value;
            if (candidates.Count == 0)
            {
                return false;
            }

            var references = type.DeclaringSyntaxReferences;
            if (references.IsEmpty || candidates.Contains(AddHash))
            {
                // Nothing to look at (an implicitly declared type), or a call that names nothing.
                return true;
            }

            foreach (var reference in references)
            {
                var names = NamesOf(reference.SyntaxTree);
                foreach (var pair in names.CallShaped)
                {
                    if (candidates.Contains(pair.Key) && pair.Value > names.DeclaredCount(pair.Key))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private HashSet<int> CollectParameterisedMethodNames()
        {
            var names = new HashSet<int>();
            foreach (var tree in _compilation.SyntaxTrees)
            {
                names.UnionWith(NamesOf(tree).DeclaredWithParameters);
            }

            return names;
        }

        private static FileNames NamesOf(SyntaxTree tree) => NamesByTree.GetValue(tree, FileNames.Index);

        private static readonly int AddHash = NameHash("Add");

        /// <summary>
        /// Names are kept as hashes (FNV-1a over their characters), so the text scan allocates no
        /// string per identifier; two names with one hash only make a type keep the check.
        /// </summary>
        private static int NameHash(string name) => NameHash(name.ToCharArray(), 0, name.Length);

        private static int NameHash(char[] characters, int start, int length)
        {
            unchecked
            {
                var hash = (int)2166136261;
                for (var i = start; i < start + length; i++)
                {
                    hash = (hash ^ characters[i]) * 16777619;
                }

                return hash;
            }
        }

        /// <summary>What one file declares and what it names the way a call does, by name hash.</summary>
        private sealed class FileNames
        {
            private readonly Dictionary<int, int> _declared;

            private FileNames(Dictionary<int, int> callShaped, Dictionary<int, int> declared, List<int> declaredWithParameters)
            {
                CallShaped = callShaped;
                _declared = declared;
                DeclaredWithParameters = declaredWithParameters;
            }

            /// <summary>Identifiers followed by <c>(</c> (after white space or type arguments), with how often they occur so.</summary>
            public Dictionary<int, int> CallShaped { get; }

            /// <summary>The methods the file declares with at least one parameter.</summary>
            public List<int> DeclaredWithParameters { get; }

            /// <summary>How many methods of this name the file declares (each declaration reads like a call).</summary>
            public int DeclaredCount(int name) => _declared.TryGetValue(name, out var count) ? count : 0;

            public static FileNames Index(SyntaxTree tree)
            {
                var declared = new Dictionary<int, int>();
                var declaredWithParameters = new List<int>();

                // Member declarations only: method bodies are not walked.
                foreach (var node in tree.GetRoot().DescendantNodes(static n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax))
                {
                    if (node is MethodDeclarationSyntax method)
                    {
                        var name = NameHash(method.Identifier.ValueText);
                        declared[name] = declared.TryGetValue(name, out var count) ? count + 1 : 1;
                        if (method.ParameterList.Parameters.Count > 0)
                        {
                            declaredWithParameters.Add(name);
                        }
                    }
                }

                return new FileNames(CallShapedNames(tree), declared, declaredWithParameters);
            }

            /// <summary>A scan of the text for identifiers followed by <c>(</c>, after white space or a type-argument list.</summary>
            private static Dictionary<int, int> CallShapedNames(SyntaxTree tree)
            {
                var names = new Dictionary<int, int>();
                var text = tree.GetText();
                var length = text.Length;
                var buffer = textBuffer is { } existing && existing.Length >= length ? existing : textBuffer = new char[Math.Max(length, 4096)];
                text.CopyTo(0, buffer, 0, length);

                // From each '(' (found by the runtime's vectorised search) back to the name before it,
                // over white space and a type-argument list: M(, x.M (, M<T>(.
                for (var open = Array.IndexOf(buffer, '(', 0, length); open >= 0; open = open + 1 < length ? Array.IndexOf(buffer, '(', open + 1, length - open - 1) : -1)
                {
                    var end = SkipWhiteSpaceBack(buffer, open);
                    if (end > 0 && buffer[end - 1] == '>')
                    {
                        end = SkipWhiteSpaceBack(buffer, TypeArgumentListStart(buffer, end - 1));
                    }

                    var start = end;
                    while (start > 0 && IsIdentifierPart(buffer[start - 1]))
                    {
                        start--;
                    }

                    if (start < end && IsIdentifierStart(buffer[start]))
                    {
                        var name = NameHash(buffer, start, end - start);
                        names[name] = names.TryGetValue(name, out var count) ? count + 1 : 1;
                    }
                }

                return names;
            }

            /// <summary>The position after the last non-white-space character before <paramref name="position"/>.</summary>
            private static int SkipWhiteSpaceBack(char[] buffer, int position)
            {
                while (position > 0 && char.IsWhiteSpace(buffer[position - 1]))
                {
                    position--;
                }

                return position;
            }

            /// <summary>The position of the '&lt;' that opens the type-argument list closed at <paramref name="close"/> (0 when not found nearby).</summary>
            private static int TypeArgumentListStart(char[] buffer, int close)
            {
                var depth = 0;
                for (var i = close; i >= 0 && close - i < 256; i--)
                {
                    if (buffer[i] == '>')
                    {
                        depth++;
                    }
                    else if (buffer[i] == '<' && --depth == 0)
                    {
                        return i;
                    }
                }

                return 0;
            }

            // Source is nearly all ASCII: the Unicode categories are asked only for other characters.
            private static bool IsIdentifierStart(char c) =>
                (uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == '_' || c > 0x7F && char.IsLetter(c);

            private static bool IsIdentifierPart(char c) =>
                IsIdentifierStart(c) || (uint)(c - '0') <= 9 || c > 0x7F && char.IsLetterOrDigit(c);
        }
    }
}
