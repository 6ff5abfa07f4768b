import { mountPage } from '@/components/mount';
import { App } from './App';

void mountPage(App);
