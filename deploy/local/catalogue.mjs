#!/usr/bin/env node
// Writes a demo Coursera catalogue in the shape of Coursera's catalogue API (GET /api/courses.v1 with
// includes=partnerIds): {elements, paging, linked: {"partners.v1"}}. A few hundred plausible courses across Coursera's
// domains, some offered by the university itself (partner id demo-university, the local stack's
// MOOC_CATALOGUE_OWN_PARTNER), and courses close to the demo proposals' topics, so that every demo review case has
// similar courses to show. Deterministic: the same file every time.
// Usage: node deploy/local/catalogue.mjs [--out FILE] [--courses N]   (default: stdout, 240 courses)
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const OWN_PARTNER = { id: 'demo-university', name: 'Technical University (demo)' };

const PARTNERS = [
  OWN_PARTNER,
  { id: '1', name: 'Stanford University' }, { id: '2', name: 'University of Michigan' },
  { id: '3', name: 'Imperial College London' }, { id: '4', name: 'DeepLearning.AI' }, { id: '5', name: 'IBM' },
  { id: '6', name: 'University of Pennsylvania' }, { id: '7', name: 'Duke University' },
  { id: '8', name: 'Johns Hopkins University' }, { id: '9', name: 'University of Illinois Urbana-Champaign' },
  { id: '10', name: 'Delft University of Technology' }, { id: '11', name: 'École Polytechnique Fédérale de Lausanne' },
  { id: '12', name: 'Google Cloud' }, { id: '13', name: 'University of Colorado Boulder' },
  { id: '14', name: 'Yale University' }, { id: '15', name: 'University of Copenhagen' },
  { id: '16', name: 'Universidad de los Andes' }, { id: '17', name: 'Technical University of Munich' },
  { id: '18', name: 'Copenhagen Business School' }, { id: '19', name: 'University of Tokyo' },
  { id: '20', name: 'Rice University' }, { id: '21', name: 'Georgia Institute of Technology' },
];

/** Coursera's domains and subdomains, each with subjects and the words their descriptions use. */
const DOMAINS = [
  ['data-science', 'machine-learning', [
    ['Machine Learning', 'supervised learning, regression, classification and model evaluation'],
    ['Deep Learning', 'neural networks, convolutional and recurrent models, training at scale'],
    ['Natural Language Processing', 'text classification, embeddings, transformers and language models'],
    ['Reinforcement Learning', 'agents, rewards, policies and value functions'],
    ['Computer Vision', 'image classification, object detection and segmentation'],
  ]],
  ['data-science', 'data-analysis', [
    ['Data Science', 'data wrangling, visualisation, statistics and reproducible notebooks'],
    ['Statistics with Python', 'probability, inference, hypothesis tests and regression in Python'],
    ['Data Visualization', 'charts, dashboards and visual storytelling with data'],
    ['Big Data', 'distributed storage, Spark and large-scale data pipelines'],
  ]],
  ['computer-science', 'algorithms', [
    ['Algorithms', 'sorting, graphs, dynamic programming and complexity'],
    ['Data Structures', 'arrays, trees, heaps, hash tables and their costs'],
    ['Cryptography', 'ciphers, public-key systems, hashing and secure protocols'],
  ]],
  ['computer-science', 'software-development', [
    ['Python Programming', 'variables, functions, files and testing in Python'],
    ['Software Engineering', 'requirements, design, testing and agile teams'],
    ['Web Development', 'HTML, CSS, JavaScript and web applications'],
    ['Cloud Computing', 'virtual machines, containers and cloud services'],
  ]],
  ['physical-science-and-engineering', 'electrical-engineering', [
    ['Digital Signal Processing', 'sampling, filters, the Fourier transform and spectral analysis'],
    ['Power Electronics', 'converters, switching circuits and control of electrical power'],
    ['Embedded Systems', 'microcontrollers, sensors, real-time software and hardware interfaces'],
    ['Robotics', 'kinematics, sensing, motion planning and control of robots'],
    ['Control Systems', 'feedback, stability, PID controllers and state space models'],
  ]],
  ['physical-science-and-engineering', 'mechanical-engineering', [
    ['Fluid Dynamics', 'flows, viscosity, turbulence and the Navier-Stokes equations'],
    ['Thermodynamics', 'energy, entropy, heat engines and cycles'],
    ['Structural Engineering', 'beams, trusses, frames, loads and stresses in structures'],
    ['Materials Science', 'metals, polymers, ceramics and their properties'],
  ]],
  ['physical-science-and-engineering', 'physics-and-astronomy', [
    ['Quantum Mechanics', 'wave functions, operators, spin and measurement'],
    ['Quantum Computing', 'qubits, quantum gates, quantum algorithms and quantum hardware'],
    ['Astrophysics', 'stars, galaxies, cosmology and the observable universe'],
    ['Condensed Matter Physics', 'crystals, electrons in solids, magnetism and superconductivity'],
  ]],
  ['physical-science-and-engineering', 'environmental-science-and-sustainability', [
    ['Renewable Energy', 'solar, wind, hydro and the integration of renewables in the grid'],
    ['Climate Change', 'the climate system, emissions, impacts and adaptation'],
    ['Sustainable Cities', 'urban planning, mobility, buildings and resilience'],
  ]],
  ['business', 'leadership-and-management', [
    ['Project Management', 'scope, schedules, risks and stakeholders'],
    ['Leadership', 'teams, motivation, decisions and communication'],
  ]],
  ['business', 'finance', [
    ['Financial Markets', 'stocks, bonds, risk and market institutions'],
    ['Corporate Finance', 'valuation, capital budgeting and financing decisions'],
  ]],
  ['life-sciences', 'biology', [
    ['Genetics', 'DNA, inheritance, gene expression and genomics'],
    ['Bioinformatics', 'sequence alignment, genome assembly and biological databases'],
  ]],
  ['health', 'public-health', [
    ['Epidemiology', 'study designs, disease frequency, causation and outbreaks'],
    ['Global Health', 'health systems, policy and disease burden worldwide'],
  ]],
  ['arts-and-humanities', 'history', [
    ['Ancient Greek History', 'city states, democracy, wars and culture of ancient Greece'],
    ['Modern European History', 'revolutions, empires and the twentieth century'],
  ]],
  ['arts-and-humanities', 'music-and-art', [
    ['Music Theory', 'scales, harmony, rhythm and form'],
    ['Photography', 'exposure, composition, light and editing'],
  ]],
  ['social-sciences', 'economics', [
    ['Microeconomics', 'supply and demand, markets, firms and consumer choice'],
    ['Behavioral Economics', 'biases, heuristics and decisions under uncertainty'],
  ]],
  ['language-learning', 'learning-english', [
    ['English for Engineers', 'technical writing, presentations and meetings in English'],
    ['Academic English', 'essays, citations and academic vocabulary'],
  ]],
];

const TEMPLATES = [
  (s) => `Introduction to ${s}`, (s) => `${s} Fundamentals`, (s) => `Applied ${s}`, (s) => `${s} in Practice`,
  (s) => `Advanced ${s}`, (s) => `${s} for Everyone`, (s) => `Foundations of ${s}`, (s) => `${s} Specialization`,
];

/** Close to the demo proposals' topics (deploy/local/demo.mjs), several from the university itself. */
const NEAR_DEMO = [
  ['Sustainable Energy Systems and Markets', 'Grid-scale storage, electricity markets and energy policy for engineers.', '3', 'physical-science-and-engineering/environmental-science-and-sustainability'],
  ['Energy Storage for the Grid', 'Batteries, pumped hydro and how storage balances renewable energy systems.', '10', 'physical-science-and-engineering/environmental-science-and-sustainability'],
  ['Soft Matter Physics: Polymers, Gels and Foams', 'How polymers, gels, foams and colloids behave, with engineering examples.', '11', 'physical-science-and-engineering/physics-and-astronomy'],
  ['Machine Learning in Production', 'Deploying machine learning models: data pipelines, monitoring and the pitfalls.', '4', 'data-science/machine-learning'],
  ['Machine Learning for Engineers', 'Machine learning from data to deployed models, with projects from industry.', OWN_PARTNER.id, 'data-science/machine-learning'],
  ['Quantum Computing for Everyone', 'Qubits, superposition and quantum algorithms without the heavy mathematics.', '19', 'physical-science-and-engineering/physics-and-astronomy'],
  ['Introduction to Quantum Computing for Engineers', 'A hands-on introduction to quantum algorithms and quantum hardware.', '5', 'physical-science-and-engineering/physics-and-astronomy'],
  ['Computational Fluid Dynamics Using Open-Source Tools', 'Simulating flows with OpenFOAM: meshes, solvers and validation.', '17', 'physical-science-and-engineering/mechanical-engineering'],
  ['Audio Signal Processing for Music Applications', 'Filters, the Fourier transform and sampling applied to sound.', '20', 'physical-science-and-engineering/electrical-engineering'],
  ['Robot Kinematics and Control', 'Kinematics, sensing and control with simulated robots in the browser.', OWN_PARTNER.id, 'physical-science-and-engineering/electrical-engineering'],
  ['Structural Engineering: Beams and Frames', 'Beams, trusses and frames from first principles, with worked examples.', '10', 'physical-science-and-engineering/mechanical-engineering'],
  ['Wind Energy', 'Wind turbines, wind resources and wind farms in the energy system.', OWN_PARTNER.id, 'physical-science-and-engineering/environmental-science-and-sustainability'],
];

/** A small deterministic pseudo-random generator (mulberry32). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const slugOf = (name) => name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/(^-|-$)/g, '');

/** A Coursera-like opaque id: 22 characters of the URL-safe alphabet. */
function idOf(rnd) {
  const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let id = '';
  for (let i = 0; i < 22; i++) id += abc[Math.floor(rnd() * abc.length)];
  return id;
}

/** The demo catalogue: one courses.v1 answer holding every course. */
export function demoCatalogue({ courses = 240, seed = 20 } = {}) {
  const rnd = random(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const elements = [];
  const seen = new Set();
  const add = (name, description, partnerId, domainType, languages = ['en']) => {
    const slug = slugOf(name);
    if (seen.has(slug)) return;
    seen.add(slug);
    const [domainId, subdomainId] = domainType.split('/');
    elements.push({
      courseType: 'v2.ondemand', id: idOf(rnd), slug, name, description,
      partnerIds: [partnerId], primaryLanguages: languages,
      domainTypes: [{ domainId, subdomainId }], workload: `${2 + Math.floor(rnd() * 6)}-${8 + Math.floor(rnd() * 4)} hours/week`,
    });
  };
  for (const [name, description, partner, domain] of NEAR_DEMO) add(name, description, partner, domain);
  const subjects = DOMAINS.flatMap(([domain, sub, list]) => list.map(([subject, words]) => ({ domain: `${domain}/${sub}`, subject, words })));
  const variants = new Map();
  for (let guard = 0; elements.length < courses && guard < courses * 20; guard++) {
    const s = pick(subjects);
    // at most five courses per subject, as in Coursera's catalogue, not every template of every subject
    if ((variants.get(s.subject) ?? 0) >= 5) continue;
    const name = pick(TEMPLATES)(s.subject);
    if (seen.has(slugOf(name))) continue;
    variants.set(s.subject, (variants.get(s.subject) ?? 0) + 1);
    // one in twenty-five is the university's own; the rest spread over Coursera's partners
    const partner = rnd() < 0.04 ? OWN_PARTNER.id : pick(PARTNERS.slice(1)).id;
    const level = pick(['beginners', 'engineers', 'professionals', 'students', 'researchers']);
    const languages = rnd() < 0.12 ? [pick(['es', 'fr', 'zh-CN', 'pt-BR', 'da'])] : ['en'];
    add(name, `${name} covers ${s.words}. Designed for ${level}, with quizzes, peer-reviewed assignments and a final project.`,
      partner, s.domain, languages);
  }
  return {
    elements,
    paging: { total: elements.length },
    linked: { 'partners.v1': PARTNERS.map((p) => ({ id: p.id, name: p.name, shortName: slugOf(p.name) })) },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  const json = JSON.stringify(demoCatalogue({ courses: Number(arg('--courses', '240')) }), null, 1);
  const out = arg('--out');
  if (out) {
    writeFileSync(out, json);
    console.error(`wrote ${out}`);
  } else {
    process.stdout.write(json);
  }
}
