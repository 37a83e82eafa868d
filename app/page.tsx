export default function HomePage() {
  return <main>Claims Atlas</main>;
}
